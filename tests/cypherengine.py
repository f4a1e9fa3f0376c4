"""An embedded Cypher database for the tests: GraphQLite (a SQLite extension) on sqlean's sqlite3.

The standard library's sqlite3 may be built without extension loading (Debian's is); sqlean.py is
the same DB-API module with it on.
"""

import sqlean
from graphqlite import wrap


class CypherDB:
    """An in-memory graph database that runs Cypher scripts as ``cypher-shell -f`` would."""

    def __init__(self):
        self.db = wrap(sqlean.connect(":memory:"))

    def run_script(self, text):
        """Run each statement of an actorgraph script (one a line, ``//`` comments); returns how many ran."""
        statements = [line.rstrip().removesuffix(";") for line in text.splitlines() if line.strip()]
        statements = [s for s in statements if not s.startswith("//")]
        for statement in statements:
            self.db.cypher(statement)
        return len(statements)

    def query(self, cypher):
        """Return the rows of a query as a list of dicts."""
        return list(self.db.cypher(cypher))

    def value(self, cypher):
        """Return the single value of a one-row, one-column query."""
        (row,) = self.query(cypher)
        (value,) = row.values()
        return value


def opencypher_errors(statement):
    """Return the syntax errors the openCypher grammar (ANTLR, antlr4-cypher) finds in one statement, as text."""
    from antlr4 import CommonTokenStream, InputStream, PredictionMode
    from antlr4.error.ErrorListener import ErrorListener
    from antlr4_cypher.CypherLexer import CypherLexer
    from antlr4_cypher.CypherParser import CypherParser

    errors = []

    class Collect(ErrorListener):
        def syntaxError(self, recognizer, symbol, line, column, message, e):
            errors.append(f"{line}:{column} {message}")

    lexer = CypherLexer(InputStream(statement))
    parser = CypherParser(CommonTokenStream(lexer))
    parser._interp.predictionMode = PredictionMode.SLL  # ANTLR's fast mode: it may reject, never accept, more
    for part in (lexer, parser):
        part.removeErrorListeners()
        part.addErrorListener(Collect())
    parser.script()
    return errors
