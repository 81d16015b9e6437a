package org.marsad.store;

/** A query parameter with a bad value; {@link #parameter()} names it for the 400 answer. */
public final class BadParameterException extends RuntimeException {
  private final String parameter;

  public BadParameterException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  /** The reason alone, without the parameter's name. */
  public String reason() {
    return getMessage().substring(parameter.length() + 2);
  }
}
