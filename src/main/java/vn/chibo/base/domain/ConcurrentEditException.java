package vn.chibo.base.domain;

/** Someone else saved the same record since it was opened: the save is refused, nothing overwritten. */
public class ConcurrentEditException extends BusinessException {

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
