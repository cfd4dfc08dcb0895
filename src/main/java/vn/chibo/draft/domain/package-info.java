@NullMarked
package vn.chibo.draft.domain;

import org.jspecify.annotations.NullMarked;
