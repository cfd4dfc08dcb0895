/** Pages of the organisation feature: members, the party tree, accounts, the user's profile. */
@NullMarked
package vn.chibo.organization.ui;

import org.jspecify.annotations.NullMarked;
