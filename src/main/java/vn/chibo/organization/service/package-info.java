/** The organisation feature's services: the tree, members, import/export, and the access policy. */
@NullMarked
package vn.chibo.organization.service;

import org.jspecify.annotations.NullMarked;
