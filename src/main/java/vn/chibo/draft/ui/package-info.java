@NullMarked
package vn.chibo.draft.ui;

import org.jspecify.annotations.NullMarked;
