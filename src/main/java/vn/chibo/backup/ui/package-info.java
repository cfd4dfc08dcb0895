@NullMarked
package vn.chibo.backup.ui;

import org.jspecify.annotations.NullMarked;
