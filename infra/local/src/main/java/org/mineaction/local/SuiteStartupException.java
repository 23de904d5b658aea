package org.mineaction.local;

/** The suite could not start; the message is meant for the person at the terminal. */
public class SuiteStartupException extends RuntimeException {

    public SuiteStartupException(String message) {
        super(message);
    }

    public SuiteStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
