/** UI pieces every feature shares: toolbar, notifications, error messages and error pages. */
@NullMarked
package vn.chibo.base.ui;

import org.jspecify.annotations.NullMarked;
