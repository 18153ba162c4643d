/** The kit's version, shown in warnings when two copies meet on one page. */
export const VERSION = '0.1.0';
