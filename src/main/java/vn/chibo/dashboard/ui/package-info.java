/** The pages people see first: the cell's home page (and later its dashboards). */
@NullMarked
package vn.chibo.dashboard.ui;

import org.jspecify.annotations.NullMarked;
