package org.splinelens.core.io;

/**
 * Bad input from outside the program (a file, a key, a command-line value). The message is one line that names the
 * file, key or parameter and what was expected; the command line prints it as it is and exits with code 2.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
