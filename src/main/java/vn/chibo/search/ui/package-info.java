@NullMarked
package vn.chibo.search.ui;

import org.jspecify.annotations.NullMarked;
