// The tracker's Open311 XML reader is pure logic: the same tests run here, in Node, as in the browsers.
import '../../../packages/request-tracker/test/xml-reader.test.js';
