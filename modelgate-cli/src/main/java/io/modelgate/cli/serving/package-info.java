/** {@code modelgate serve}: the real-time scoring service of modelgate-server on the command line. */
package io.modelgate.cli.serving;
