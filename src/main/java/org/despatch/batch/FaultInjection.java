package org.despatch.batch;

/**
 * A deliberate failure for recovery tests: the n-th item a step processes in one execution throws.
 *
 * @param step  step id ("extract", "segment", ...), or null for none
 * @param item  1-based item number within the execution
 */
public record FaultInjection(String step, long item) {

    public static final FaultInjection NONE = new FaultInjection(null, 0);

    public static FaultInjection parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        int colon = spec.indexOf(':');
        try {
            if (colon > 0) {
                long item = Long.parseLong(spec.substring(colon + 1).strip());
                if (item > 0) {
                    return new FaultInjection(spec.substring(0, colon).strip(), item);
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("parameter 'faultInjection' must look like step:n (e.g. extract:7): "
                + spec);
    }

    /** Throws when this is the configured step and item. */
    public void check(String stepName, long itemNumber, Object item) {
        if (stepName.equals(step) && itemNumber == this.item) {
            throw new InjectedFaultException("injected fault at item " + itemNumber + " of step '" + stepName
                    + "': " + item);
        }
    }

    /** The failure raised on purpose. */
    public static final class InjectedFaultException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFaultException(String message) {
            super(message);
        }
    }
}
