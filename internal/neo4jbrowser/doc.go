// Package neo4jbrowser holds the end-to-end tests of Neo4j Browser as `make
// browse` serves it: the project's Neo4j (tools/neo4j/neo4j.sh with
// NEO4J_HTTP_PORT, on the version NEO4J_VERSION selects) with the example
// graph, driven through Debian's headless Chromium (internal/chromium). They
// log in through the Browser's form, check what runs on connect (the
// parameters of the example queries, the style examples/negograph.grass, the
// guide examples/negograph-guide.html), run every file of examples/queries in
// the editor, check the captions the style gives and that Arabic reads right
// to left in tables and captions (on the glyph boxes the page draws: the
// meetings of the US–Iran chain, and all meetings, show their date and the
// Arabic name of their venue, the date right of the venue, with
// examples/negograph-rtl.css and without it; a meeting held nowhere known
// shows its date alone), click every query of the guide, and check that the page
// sent nothing to another host. A screenshot of the US–Iran chain goes into
// the test's artifact folder (go test -artifacts), and with -update into
// docs/browser-us-iran-chain.png, the README's picture.
//
// The tests start a server of their own on free ports (about a minute);
// they skip without chromium, java or mvn, unless CI is set.
package neo4jbrowser
