package io.repmysql.driver.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits MySQL/MariaDB SQL into the tokens routing needs, scanning the string by index without copying it.
 * Strings ('…', "…", with backslash escapes and doubled quotes), quoted names (`…`), and comments
 * ({@code -- }, {@code #}, {@code /* … *}{@code /}) are skipped as single tokens or not returned at all, so a
 * keyword inside them never counts. Executable comments ({@code /*! … *}{@code /}, {@code /*!50700 … *}{@code /},
 * MariaDB's {@code /*M! … *}{@code /}) are opened and their content lexed, because the server runs it; the
 * version number is ignored, which errs towards counting more keywords, never fewer.
 *
 * <p>The session's {@link SqlMode} decides what {@code "} quotes ({@code ANSI_QUOTES}: a name) and whether a
 * backslash escapes the next character ({@code NO_BACKSLASH_ESCAPES}: it does not).
 */
final class SqlLexer {

    enum Token {
        WORD, QUOTED_NAME, STRING, NUMBER, USER_VARIABLE, SYSTEM_VARIABLE, PARAMETER,
        LEFT_PAREN, RIGHT_PAREN, COMMA, DOT, SEMICOLON, ASSIGN, EQUALS, OPERATOR, END
    }

    private static final int MAX_KEYWORD_LENGTH = 40;
    /** Keywords by length and first letter: a word is compared only with the few that could match it. */
    private static final Keyword[][] BY_LENGTH_AND_LETTER = buildTable();

    private final String sql;
    private final int length;
    private int pos;
    private int start;
    private int end;
    /** Where the current token starts, quotes and {@code @} included. */
    private int tokenPos;
    private Token token = Token.END;
    private Keyword keyword;
    private Keyword peekedKeyword;
    private boolean inExecutableComment;
    private final SqlMode mode;
    private final boolean ansiQuotes;
    private final boolean backslashEscapes;

    SqlLexer(String sql) {
        this(sql, SqlMode.DEFAULT);
    }

    SqlLexer(String sql, SqlMode mode) {
        this.sql = sql;
        this.length = sql.length();
        this.mode = mode;
        this.ansiQuotes = mode.ansiQuotes();
        this.backslashEscapes = !mode.noBackslashEscapes();
    }

    /** Moves to the next token and returns its type; {@link Token#END} at the end of the text. */
    Token next() {
        keyword = null;
        while (pos < length) {
            char c = sql.charAt(pos);
            if (c <= ' ') {
                pos++;
            } else if (c == '#' || (c == '-' && startsDashComment())) {
                skipLine();
            } else if (c == '/' && charAt(pos + 1) == '*') {
                skipBlockComment();
            } else if (c == '*' && inExecutableComment && charAt(pos + 1) == '/') {
                pos += 2;
                inExecutableComment = false;
            } else {
                return scanToken(c);
            }
        }
        start = end = length;
        return token = Token.END;
    }

    Token token() {
        return token;
    }

    SqlMode mode() {
        return mode;
    }

    /**
     * The content of the current string as the server reads it: doubled quotes and, unless
     * NO_BACKSLASH_ESCAPES, backslash escapes undone (allocates: rare paths only).
     */
    String unquotedText() {
        StringBuilder text = new StringBuilder(end - start);
        char quote = tokenPos < start ? sql.charAt(tokenPos) : '\0';
        for (int i = start; i < end; i++) {
            char c = sql.charAt(i);
            if (c == '\\' && backslashEscapes && i + 1 < end) {
                char e = sql.charAt(++i);
                text.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == '0' ? ' ' : e);
            } else {
                text.append(c);
                if (c == quote && i + 1 < end && sql.charAt(i + 1) == quote) {
                    i++;
                }
            }
        }
        return text.toString();
    }

    /** The keyword of the current word token, or null when it is no keyword (or not a word). */
    Keyword keyword() {
        return keyword;
    }

    boolean is(Keyword k) {
        return keyword == k;
    }

    /** The keyword of the next token without consuming it. */
    Keyword peekKeyword() {
        peek();
        return peekedKeyword;
    }

    /** The type of the next token without consuming it. */
    Token peek() {
        int p = pos, s = start, e = end, tp = tokenPos;
        Token t = token;
        Keyword k = keyword;
        boolean x = inExecutableComment;
        Token peeked = next();
        peekedKeyword = keyword;
        pos = p;
        start = s;
        end = e;
        // Restored too: a caller may mark the current token after peeking (SET sql_mode = @v ;).
        tokenPos = tp;
        token = t;
        keyword = k;
        inExecutableComment = x;
        return peeked;
    }

    /** Where the current token starts; with {@link #inExecutableComment()} enough to {@link #rewind} to it. */
    int tokenStart() {
        return tokenPos;
    }

    boolean inExecutableComment() {
        return inExecutableComment;
    }

    /** The text from {@code offset} to the end (allocates: rare paths only). */
    String textFrom(int offset) {
        return sql.substring(offset);
    }

    /** Goes back to the token that started at {@code tokenStart} and makes it current again. */
    void rewind(int tokenStart, boolean executableComment) {
        pos = tokenStart;
        inExecutableComment = executableComment;
        next();
    }

    /** True when the current name, string or variable (without quotes or {@code @}) equals {@code lowerName}. */
    boolean textEquals(String lowerName) {
        return end - start == lowerName.length() && sql.regionMatches(true, start, lowerName, 0, end - start);
    }

    /** The current name, string or variable without quotes or {@code @}, lower case (allocates: rare paths only). */
    String lowerText() {
        return sql.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** True when the current token is exactly the one-character number {@code digit}. */
    boolean isDigit(char digit) {
        return token == Token.NUMBER && end - start == 1 && sql.charAt(start) == digit;
    }

    private Token scanToken(char c) {
        start = pos;
        tokenPos = pos;
        switch (c) {
            case '\'' -> {
                return quoted(Token.STRING, c);
            }
            case '"' -> {
                return quoted(ansiQuotes ? Token.QUOTED_NAME : Token.STRING, c);
            }
            case '`' -> {
                return quoted(Token.QUOTED_NAME, c);
            }
            case '@' -> {
                return variable();
            }
            case '(' -> { return single(Token.LEFT_PAREN); }
            case ')' -> { return single(Token.RIGHT_PAREN); }
            case ',' -> { return single(Token.COMMA); }
            case '.' -> { return single(Token.DOT); }
            case ';' -> { return single(Token.SEMICOLON); }
            case '=' -> { return single(Token.EQUALS); }
            case '?' -> { return single(Token.PARAMETER); }
            case ':' -> {
                if (charAt(pos + 1) == '=') {
                    pos += 2;
                    end = pos;
                    return token = Token.ASSIGN;
                }
                return single(Token.OPERATOR);
            }
            default -> {
                if (c >= '0' && c <= '9') {
                    pos = skipNameChars(pos);
                    end = pos;
                    return token = Token.NUMBER;
                }
                if (isNameChar(c)) {
                    return word();
                }
                return single(Token.OPERATOR);
            }
        }
    }

    private Token single(Token t) {
        end = ++pos;
        return token = t;
    }

    private Token word() {
        boolean ascii = true;
        int i = pos;
        while (i < length && isNameChar(sql.charAt(i))) {
            ascii &= sql.charAt(i) < 128;
            i++;
        }
        end = pos = i;
        keyword = ascii ? lookUp(start, end - start) : null;
        return token = Token.WORD;
    }

    /** {@code @name}, {@code @'name'}, {@code @@name}; scope prefixes ({@code @@session.}) come back as DOT + WORD. */
    private Token variable() {
        boolean system = charAt(pos + 1) == '@';
        pos += system ? 2 : 1;
        char q = charAt(pos);
        if (!system && (q == '\'' || q == '"' || q == '`')) {
            quoted(Token.STRING, q);
        } else {
            start = pos;
            int i = pos;
            while (i < length && (isNameChar(sql.charAt(i)) || (!system && sql.charAt(i) == '.'))) {
                i++;
            }
            end = pos = i;
        }
        return token = system ? Token.SYSTEM_VARIABLE : Token.USER_VARIABLE;
    }

    /** A quoted string or name; the token's text is what lies between the quotes. Unterminated: up to the end. */
    private Token quoted(Token type, char quote) {
        int i = pos + 1;
        start = i;
        while (i < length) {
            char c = sql.charAt(i);
            // A backslash escapes only in strings: in a name ("…" under ANSI_QUOTES, `…`) it is a character.
            if (c == '\\' && type == Token.STRING && quote != '`' && backslashEscapes) {
                i += 2;
            } else if (c == quote) {
                if (charAt(i + 1) != quote) {
                    end = i;
                    pos = i + 1;
                    return token = type;
                }
                i += 2;
            } else {
                i++;
            }
        }
        end = length;
        pos = length;
        return token = type;
    }

    private boolean startsDashComment() {
        return charAt(pos + 1) == '-' && (pos + 2 >= length || sql.charAt(pos + 2) <= ' ');
    }

    private void skipLine() {
        while (pos < length && sql.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        char third = charAt(pos + 2);
        if (third == '!' || ((third == 'M' || third == 'm') && charAt(pos + 3) == '!')) {
            pos += third == '!' ? 3 : 4;
            for (int digits = 0; digits < 6 && pos < length && Character.isDigit(sql.charAt(pos)); digits++) {
                pos++;
            }
            inExecutableComment = true;
            return;
        }
        int close = sql.indexOf("*/", pos + 2);
        pos = close < 0 ? length : close + 2;
    }

    private int skipNameChars(int i) {
        while (i < length && (isNameChar(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private char charAt(int i) {
        return i < length ? sql.charAt(i) : '\0';
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                || c >= 128;
    }

    private Keyword lookUp(int from, int len) {
        int letter = letterIndex(sql.charAt(from));
        if (len > MAX_KEYWORD_LENGTH || letter < 0) {
            return null;
        }
        Keyword[] candidates = BY_LENGTH_AND_LETTER[len * 26 + letter];
        if (candidates != null) {
            for (Keyword k : candidates) {
                if (equalsUpperAscii(from, k.name(), len)) {
                    return k;
                }
            }
        }
        return null;
    }

    /**
     * {@code regionMatches(true, …)} folds case for all of Unicode, half of the lexer's time in a profile;
     * keywords are ASCII, so folding a-z is enough.
     */
    private boolean equalsUpperAscii(int from, String upperName, int len) {
        for (int i = 0; i < len; i++) {
            char c = sql.charAt(from + i);
            if (c >= 'a' && c <= 'z') {
                c -= 32;
            }
            if (c != upperName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int letterIndex(char c) {
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'z' ? lower - 'a' : -1;
    }

    private static Keyword[][] buildTable() {
        List<List<Keyword>> buckets = new ArrayList<>();
        for (int i = 0; i < (MAX_KEYWORD_LENGTH + 1) * 26; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Keyword k : Keyword.values()) {
            buckets.get(k.name().length() * 26 + letterIndex(k.name().charAt(0))).add(k);
        }
        Keyword[][] table = new Keyword[buckets.size()][];
        for (int i = 0; i < table.length; i++) {
            table[i] = buckets.get(i).isEmpty() ? null : buckets.get(i).toArray(new Keyword[0]);
        }
        return table;
    }
}
