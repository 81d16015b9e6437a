package org.marsad.server;

/** One route of the server. Implementations are stateless and safe to call from many threads. */
@FunctionalInterface
interface Endpoint {
  Reply answer(Request request);
}
