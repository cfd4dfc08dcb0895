/** Pages of the meeting feature: the calendar and its dialogs, and the calendar feed endpoint. */
@NullMarked
package vn.chibo.meeting.ui;

import org.jspecify.annotations.NullMarked;
