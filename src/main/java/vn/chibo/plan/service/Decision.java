package vn.chibo.plan.service;

/** How a presenter was decided; kept (in words) with the assignment. */
public enum Decision {
    /** The secretary accepted the rotation's proposal. */
    ACCEPTED,
    /** The secretary chose someone else. */
    OVERRIDDEN,
    /** Two topics' presenters were swapped. */
    SWAPPED
}
