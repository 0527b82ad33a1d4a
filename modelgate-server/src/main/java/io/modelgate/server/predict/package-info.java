/**
 * The predict and model-description endpoints: reading and checking records against the model's input schema,
 * scoring, the JSON answers and handing sampled records to the request log. Depends on {@code http}, {@code model},
 * {@code metrics} and {@code requestlog}.
 */
package io.modelgate.server.predict;
