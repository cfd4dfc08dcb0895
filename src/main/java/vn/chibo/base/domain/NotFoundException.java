package vn.chibo.base.domain;

/** The record asked for does not exist (or was deleted meanwhile). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
