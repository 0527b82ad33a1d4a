/**
 * The four IDDR stages — Integration, Delivery, Deployment, Release — their policy file ({@code modelgate.yaml}),
 * and the evaluation of a stage from recorded evidence, approvals included.
 */
package io.modelgate.stage;
