package vn.chibo.base.domain;

import java.util.Arrays;

/**
 * A rule of the domain was broken by the user's input. Carries a message key (translated in the UI,
 * Vietnamese first) and its arguments, never a technical text.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
