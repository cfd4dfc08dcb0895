package vn.chibo.search.service;

/** One thing found: what it is, its title, a line of context, and where to open it. */
public record SearchHit(Kind kind, String title, String context, String link) {

    /** What was found. */
    public enum Kind {
        MEMBER,
        TOPIC,
        DRAFT,
        MINUTES
    }
}
