/**
 * Uploaded files on disk: content-addressed storage, type checks by content, safe names. Features keep the
 * metadata and decide who may read what; this package only stores and checks bytes.
 */
@NullMarked
package vn.chibo.files;

import org.jspecify.annotations.NullMarked;
