/*
 * The embed runs the charts on Preact (preact/compat stands in for React, see tsup.config.ts). One difference
 * matters: Preact writes an SVG element's `tabIndex` prop as an attribute of that name, where React writes
 * `tabindex`. Attribute names are case-sensitive on SVG elements, so the chart's keyboard focus needs the
 * lower-case name: every element's `tabIndex` is given as `tabindex`.
 */
import { options, type VNode } from 'preact';

const previous = options.vnode;
options.vnode = (vnode: VNode) => {
  const props = vnode.props as Record<string, unknown>;
  if (typeof vnode.type === 'string' && props && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  previous?.(vnode);
};
