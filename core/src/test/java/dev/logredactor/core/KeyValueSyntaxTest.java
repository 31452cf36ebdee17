package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values of credential- and personal-data-named keys, in every syntax logs use, for many key
 * spellings: the value goes, the key and the surrounding syntax stay.
 */
class KeyValueSyntaxTest {
    /** {@code %1$s} is the key, {@code %2$s} the value. */
    private static final String[] SYNTAXES = {
        "%1$s=%2$s",
        "%1$s: %2$s",
        "%1$s = %2$s",
        "{\"%1$s\":\"%2$s\",\"user\":\"bob\"}",
        "{\"%1$s\" : \"%2$s\"}",
        "msg=\"{\\\"%1$s\\\":\\\"%2$s\\\"}\"",
        "{\"log\":\"{\\\\\\\"%1$s\\\\\\\":\\\\\\\"%2$s\\\\\\\"}\"}",
        "<%1$s>%2$s</%1$s>",
        "<ns:%1$s>%2$s</ns:%1$s>",
        "--%1$s %2$s --verbose",
        "--%1$s=%2$s",
        "-D%1$s=%2$s -Dother=1",
        "GET /cb?state=xyz&%1$s=%2$s&next=1 HTTP/1.1",
        "https://app.example.com/#%1$s=%2$s&expires_in=3600",
        "body=user%%3Dbob%%26%1$s%%3D%2$s%%26x%%3D1",
        "%%22%1$s%%22%%3A%%22%2$s%%22",
        "{'%1$s': '%2$s'}",
        "User(name=bob, %1$s=%2$s)",
        "{user=bob, %1$s=%2$s}",
        "%1$s='%2$s'",
        "%1$s => \"%2$s\"",
        "&quot;%1$s&quot;:&quot;%2$s&quot;",
        "%1$s\t=\t%2$s",
        "%1$s -> %2$s",
        "<entry key=\"%1$s\">%2$s</entry>",
        "<property name=\"%1$s\" value=\"%2$s\"/>",
        "<%1$s><![CDATA[%2$s]]></%1$s>",
        "<wsse:%1$s Type=\"http://docs.oasis-open.org/wss#PasswordText\">%2$s</wsse:%1$s>",
        "<%1$s encrypted=\"false\">%2$s</%1$s>",
        "&lt;%1$s&gt;%2$s&lt;/%1$s&gt;",
        "q=%1$s%%3A%%20%2$s%%26x%%3D1",
        "Server=db,1433;Database=app;%1$s={%2$s};Encrypt=true",
        "{\"name\":\"%1$s\",\"value\":\"%2$s\"}",
        "{\"Key\": \"%1$s\", \"Value\": \"%2$s\"}",
        "msg=\"[{\\\"name\\\":\\\"%1$s\\\",\\\"value\\\":\\\"%2$s\\\"}]\"",
        "headers={%1$s=[%2$s], Accept=[*/*]}",
        "{\"%1$s\":[\"%2$s\"],\"n\":1}",
        "{\"msg\":\"GET /x?a\\u003d1\\u0026%1$s\\u003d%2$s\\u0026b\\u003d2\"}",
        "--%1$s %2$s",
        "tool -%1$s %2$s -v",
        "[Field error in object 'form' on field '%1$s': rejected value [%2$s]; codes [Size.form.%1$s,Size]; default message [size]]",
        "http-outgoing-0 >> \"%1$s: %2$s[\\r][\\n]\"",
        "<property><name>%1$s</name><value>%2$s</value></property>",
        "<entry> <key>%1$s</key> <value>%2$s</value> </entry>",
        "user[%1$s]=%2$s&user[name]=bob",
        "%1$s[0]=%2$s",
        "body=user%%5B%1$s%%5D=%2$s&commit=Save",
        "{\"msg\":\"{\\u0027%1$s\\u0027: \\u0027%2$s\\u0027, \\u0027user\\u0027: \\u0027bob\\u0027}\"}",
        "{\"msg\":\"{\\u0022%1$s\\u0022:\\u0022%2$s\\u0022}\"}",
        "GET /login?next=%%2Fsso%%253F%1$s%%253D%2$s%%2526x%%253D1 HTTP/1.1",
        "EnvVar(name=%1$s, value=%2$s, valueFrom=null, additionalProperties={})",
        "[{Name:%1$s Value:%2$s ValueFrom:nil}]",
        "env: [{name: %1$s, value: %2$s}]",
        "KeyValuePair(Name=%1$s, Value=%2$s)",
        "Starting with args [--%1$s, %2$s, --port, 80]",
        "\"Cmd\":[\"java\",\"-jar\",\"app.jar\",\"--%1$s\",\"%2$s\",\"--port\",\"80\"]",
        "\"args\": [\"-%1$s\", \"%2$s\", \"-v\"]",
        "&lt;property name=&quot;%1$s&quot; value=&quot;%2$s&quot;/&gt;",
        "&lt;entry key=&quot;%1$s&quot;&gt;%2$s&lt;/entry&gt;",
    };

    @ParameterizedTest
    @ValueSource(strings = {"password", "db_password", "dbPassword", "spring.datasource.password", "CLIENT_SECRET",
        "clientSecret", "X-Api-Key", "api_key", "apiKey", "access_token", "refreshToken", "private_key", "credentials",
        "passwd", "pwd", "secret", "auth_token", "jsessionid", "session", "keyStorePassword", "AccountKey",
        "pass", "db_pass", "smtp.pass", "mailPass", "oldPwd", "DB_PWD", "jwt", "id_jwt", "passcode", "DD_APP_KEY", "appKey",
        "dd.application-key", "Fastly-Key", "hmacKey", "ssh_key", "authKey", "license_key", "consumer_key", "client_assertion",
        "auth_code", "authorization_code",
        "otp_code", "mfaCode", "totp", "recovery_codes", "backup_code", "security_answer", "X-Amz-Signature", "X-Goog-Signature", "sig",
        "password_hash", "password_digest", "Ocp-Apim-Subscription-Key", "subscriptionKey", "fs.s3a.secret.key", "app.api.key",
        "private.key"})
    void secretValuesGoInEverySyntax(String key) {
        assertRedacted(key, "SECRET", r -> SecretSamples.password(r));
    }

    /**
     * Keys that end in a short secret word, or contain one, without being named for it: their values stay.
     * {@code OLDPWD} and {@code PWD}-like shell variables hold directories; a ZooKeeper {@code sessionid} is
     * an id that operators correlate on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bypass", "compass", "trespass", "surpass", "OLDPWD", "cwd", "passed", "passes", "passthrough",
        "signal", "design", "config.sign", "sessionid", "session_count", "jwtCount", "codec", "appkeys_loaded"})
    void keysThatOnlyResembleASecretNameKeepTheirValues(String key) {
        Random r = new Random(key.hashCode());
        List<String> changed = new ArrayList<>();
        for (String syntax : SYNTAXES) {
            for (int i = 0; i < 5; i++) {
                String line = String.format(syntax, key, SecretSamples.password(r));
                String out = Redactor.defaults().redact(line);
                if (!out.equals(line)) {
                    changed.add(line + "  ->  " + out);
                }
            }
        }
        assertThat(changed).as("values of %s", key).isEmpty();
    }

    /**
     * A {@code session} whose value is shaped like a number is an id that operators correlate on (Windows CBS
     * writes {@code Session: 30546173_4261722401 initialized}); a token value goes (above).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Session: %s initialized by client WindowsUpdateAgent.", "session=%s", "{\"session\":\"%s\"}",
        "<session>%s</session>"})
    void numericSessionIdsStay(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String id = SecretSamples.pick(r, SecretSamples.digits(r, 8) + "_" + SecretSamples.digits(r, 10),
                    "0x" + SecretSamples.random(r, "0123456789abcdef", 15), String.valueOf(1 + r.nextInt(100_000)),
                    SecretSamples.digits(r, 4) + "-" + SecretSamples.digits(r, 4) + "." + SecretSamples.digits(r, 2));
            String line = String.format(syntax, id);
            assertThat(Redactor.builder().disable("IP_ADDRESS").build().redact(line)).as(line).isSameAs(line);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"first_name", "lastName", "surname", "dob", "date_of_birth", "passport_number",
        "national_id", "taxId", "cvv", "card_pin", "zip", "postal_code", "ssn", "pincode"})
    void personalDataValuesGoInEverySyntax(String key) {
        assertRedacted(key, "PII_FIELD", r -> SecretSamples.pick(r, "Okafor", "1984-03-12", "X12345678", "737", "94107",
                "Garcia-Silva"));
    }

    /**
     * A postal address, several words, goes whole in every syntax that can hold spaces (URL-encoded JSON
     * with its spaces encoded: all but its first word once stayed there); a network address under the bare
     * key {@code address} stays in every syntax, XML content and {@code value} attributes included (they
     * once went there, as PII_FIELD). A key that says whose address it is ({@code home_address}) takes any value.
     */
    @ParameterizedTest
    @ValueSource(strings = {"address", "home_address", "billingAddress"})
    void postalAddressesGoNetworkAddressesStay(String key) {
        Random r = new Random(key.hashCode());
        String[] spaced = {"%s=%s", "%s: %s", "{\"%s\":\"%s\"}", "{\\\"%s\\\":\\\"%s\\\"}", "<%s>%s</%3$s>",
            "<property name=\"%s\" value=\"%s\"/>", "&lt;%s&gt;%s&lt;/%3$s&gt;"};
        String[] encoded = {"%%22%s%%22%%3A%%22%s%%22", "q=%%7B%%22%s%%22%%3A%%22%s%%22%%2C%%22n%%22%%3A1%%7D"};
        Redactor noIps = Redactor.builder().disable("IP_ADDRESS").build();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String street = (1 + r.nextInt(9_999)) + " " + SecretSamples.pick(r, "Baker", "Elm", "Rue", "Hauptstr")
                    + SecretSamples.random(r, "abcdefghijklmnopqrstuvwxyz", 3) + " " + SecretSamples.pick(r, "St", "Ave", "de Lyon");
            String ip = SecretSamples.pick(r, SecretSamples.ip(r), SecretSamples.ip(r) + ":" + (1 + r.nextInt(65_535)),
                    "fe80::" + Integer.toHexString(r.nextInt(65_536)), "[::1]:" + (1 + r.nextInt(65_535)));
            List<String> network = new ArrayList<>();
            for (String syntax : spaced) {
                expectRedacted(failures, String.format(syntax, key, street, key), street);
                network.add(String.format(syntax, key, ip, key));
            }
            for (String syntax : encoded) {
                String value = street.replace(" ", SecretSamples.pick(r, "+", "%20"));
                expectRedacted(failures, String.format(syntax, key, value), value);
                network.add(String.format(syntax, key, ip));
            }
            for (String line : key.equals("address") ? network : List.<String>of()) {
                if (noIps.redact(line) != line) {
                    failures.add(line + "  ->  " + noIps.redact(line));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * A value between URL-encoded quotes goes up to its closing {@code %22}, with the encoded spaces, commas
     * and other separators inside it (only its first word went before); a value without its closing quote
     * ends as an unquoted one, never past a raw space.
     */
    @ParameterizedTest
    @ValueSource(strings = {"password", "client_secret", "api_key", "first_name"})
    void urlEncodedQuotedValuesGoWhole(String key) {
        Random r = new Random(key.hashCode());
        String type = key.equals("first_name") ? "PII_FIELD" : "SECRET";
        for (int i = 0; i < 100; i++) {
            String value = SecretSamples.password(r).replace("%", "") + SecretSamples.pick(r, "+", "%20", "%2C", "%3B", "%26", "%7C")
                    + SecretSamples.random(r, SecretSamples.ALNUM, 3 + r.nextInt(6));
            String line = SecretSamples.pick(r, "q=%7B%22", "body=%22", "%22") + key + "%22%3A%22" + value + "%22%2C%22n%22%3A1";
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(value, "[REDACTED_" + type + "]"));
            String open = "%22" + key + "%22%3A%22";
            assertThat(Redactor.defaults().redact(open + value + " rest of the line")).as(open + value)
                    .startsWith(open + "[REDACTED_" + type + "]").endsWith(" rest of the line");
        }
    }

    /**
     * A value between quotes as Gson escapes them inside a JSON string (backslash and {@code u0027} or
     * {@code u0022}: a dict's repr, a quoted value after Gson's {@code =}) goes whole, spaces and all, up to
     * the next such quote, or up to the end of the JSON string when that quote is missing. (Before, a value
     * after such a quote was taken for no value at all.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"password", "client_secret", "api_key", "dbPassword"})
    void valuesInQuotesAsGsonEscapesThemGoWhole(String key) {
        Random r = new Random(key.hashCode());
        String[] syntaxes = {"{\"msg\":\"{\\u0027%s\\u0027: \\u0027%s\\u0027, \\u0027n\\u0027: 1}\"}",
            "{\"msg\":\"login %s\\u003d\\u0027%s\\u0027 failed\"}", "{\"m\":\"{\\u0022%s\\u0022:\\u0022%s\\u0022}\"}",
            "{\"msg\":\"{\\u0027%s\\u0027: \\u0027%s\"}"};
        for (int i = 0; i < 100; i++) {
            StringBuilder words = new StringBuilder(SecretSamples.password(r));
            for (int w = r.nextInt(3); w > 0; w--) {
                words.append(' ').append(SecretSamples.random(r, SecretSamples.ALNUM + ";,.!", 1 + r.nextInt(8)));
            }
            String value = words.toString();
            String line = String.format(SecretSamples.pick(r, syntaxes), key, value);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(value, "[REDACTED_SECRET]"));
        }
    }

    /**
     * Passwords as generators make them (Faker's {@code password()}: letters, digits and {@code !@#$%^&*()_+} in
     * any place) go whole in unquoted syntaxes too: a bracket or {@code &} glued to more of the value is part of
     * it; before, {@code password=ab)cd12} lost only {@code ab}. Two closing brackets in a row stay ambiguous
     * ({@code User(password=ab))}) and are read as structure.
     */
    @ParameterizedTest
    @ValueSource(strings = {"%s=%s ok", "User(name=bob, %s=%s)", "{user=bob, %s=%s}", "%s: %s", "[%s=%s, n=1]", "--%s %s -v"})
    void generatedPasswordsWithPunctuationGoWhole(String syntax) {
        Random r = new Random(syntax.hashCode());
        String specials = "!@#$%^&*()_+";
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 6 + r.nextInt(9); k > 0; k--) {
                b.append(r.nextInt(3) == 0 ? specials.charAt(r.nextInt(specials.length())) : SecretSamples.ALNUM.charAt(r.nextInt(62)));
            }
            String value = b.append(SecretSamples.ALNUM.charAt(r.nextInt(62))).toString();
            if (value.startsWith("${") || value.matches(".*[)\\]}][)\\]},;].*") || value.matches("[A-Z][\\w$]{2,}[(\\[{].*[)\\]}].*")) {
                continue; // a placeholder; a bracket before a closing one closes what holds the value; Name(...) is a rendering
            }
            String line = String.format(syntax, SecretSamples.pick(r, "password", "client_secret", "db.password"), value);
            assertThat(Redactor.defaults().redact(line)).as(line).doesNotContain(value).contains("[REDACTED_SECRET]")
                    .doesNotContain(value.substring(value.length() / 2));
        }
    }

    /**
     * An {@code &} inside an unquoted value is part of it ({@code password=Tr0ub4dor&3} in a {@code toString()}; its
     * tail stayed before); only one that starts the next parameter ({@code &next=}, {@code &amp;}, {@code &x[0]=})
     * or ends the text ends it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"password", "client_secret", "api_key"})
    void anAmpersandInsideAValueIsPartOfIt(String key) {
        Random r = new Random(key.hashCode());
        for (int i = 0; i < 100; i++) {
            String value = SecretSamples.password(r) + "&" + SecretSamples.random(r, SecretSamples.ALNUM, 1 + r.nextInt(4));
            String line = String.format(SecretSamples.pick(r, "User(name=bob, %s=%s)", "%s=%s ok", "{user=bob, %s=%s}", "%s=%s"), key,
                    value);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(value, "[REDACTED_SECRET]"));
            String plain = SecretSamples.password(r);
            String next = SecretSamples.pick(r, "&next=/home", "&amp;next=1", "&x[0]=1", "&", "&& ./run");
            String url = "GET /cb?" + key + "=" + plain + next;
            assertThat(Redactor.defaults().redact(url)).as(url).isEqualTo("GET /cb?" + key + "=[REDACTED_SECRET]" + next);
        }
    }

    /**
     * A value in braces goes whole when it holds spaces too ({@code Password={my pass phrase}}, as SQL
     * Server's connection strings allow; only a value without spaces went before); braces that hold
     * structure or only blanks, or do not close, keep what they hold.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Password", "pwd", "client_secret", "api_key"})
    void bracedValuesWithSpacesGoWhole(String key) {
        Random r = new Random(key.hashCode());
        String[] syntaxes = {"Server=db,1433;Database=app;%s={%s};Encrypt=true", "%s={%s}", "cfg {%s={%s}} done",
            "Data Source=db;%s={%s}"};
        for (int i = 0; i < 100; i++) {
            StringBuilder words = new StringBuilder(SecretSamples.password(r));
            for (int w = 1 + r.nextInt(3); w > 0; w--) {
                words.append(SecretSamples.pick(r, " ", "  ", "\t"))
                        .append(SecretSamples.random(r, SecretSamples.ALNUM + ";,.!", 1 + r.nextInt(8)));
            }
            String value = words.toString().replace("}", "").replace("{", "");
            String line = String.format(SecretSamples.pick(r, syntaxes), key, value);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace("{" + value + "}", "{[REDACTED_SECRET]}"));
        }
        for (String kept : new String[] {"%s={ }", "%s={\t}", "%s={user=bob, role=admin}", "%s={a b: c}", "%s={{ vault_pw }}",
            "%s={\"a\": 1}"}) {
            String line = String.format(kept, key);
            assertThat(Redactor.defaults().redact(line)).as(line).isSameAs(line);
        }
    }

    /**
     * Values that start like the messages that stay ({@code password: must not be blank}, {@code apiKey: not
     * configured}) still go: a word glued to more ({@code mustang1}, {@code Not4You}), and a quoted passphrase
     * that starts with {@code not} or {@code is}.
     */
    @Test
    void valuesThatStartLikeAMessageStillGo() {
        Random r = new Random(11);
        for (int i = 0; i < 200; i++) {
            String value = SecretSamples.pick(r, "must", "Must", "not", "Not", "is", "cannot", "size", "length", "expired", "Sent",
                    "invalid")
                    + SecretSamples.random(r, SecretSamples.ALNUM + "!#", 1 + r.nextInt(6)) + SecretSamples.digits(r, 1);
            String line = SecretSamples.pick(r, "password: %s", "password=%s", "{\"password\":\"%s\"}", "apiKey: %s more words");
            line = String.format(line, value);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(value, "[REDACTED_SECRET]"));
            String phrase = SecretSamples.pick(r, "not ", "is ", "cannot ", "expired ") + SecretSamples.password(r) + " horse";
            String quoted = "{\"password\":\"" + phrase + "\"}";
            assertThat(Redactor.defaults().redact(quoted)).as(quoted).isEqualTo("{\"password\":\"[REDACTED_SECRET]\"}");
        }
    }

    /** An SSN written with spaces after an SSN key goes whole (its first group alone went before). */
    @ParameterizedTest
    @ValueSource(strings = {"ssn", "SSN", "customer_ssn", "socialSecurityNumber"})
    void spacedSsnAfterAKeyGoesWhole(String key) {
        Random r = new Random(key.hashCode());
        for (int i = 0; i < 100; i++) {
            String ssn = SecretSamples.ssn(r).replace('-', ' ');
            String syntax = SecretSamples.pick(r, "%s: %s on file", "%s=%s", "%s = %s, verified", "<%1$s>%2$s</%1$s>");
            String line = String.format(syntax, key, ssn);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(ssn, "[REDACTED_PII_FIELD]"));
        }
    }

    /**
     * Personal values of several words after their key go whole, unquoted too: names (Maria Jose, JOHN Q
     * PUBLIC), postal codes in two parts (SW1A 1AA, K1A 0B1, 1012 AB) and dates of birth with a month's name
     * (March 12, 1984); only their first word went before. What follows them stays.
     */
    @Test
    void multiWordPersonalValuesGoWhole() {
        Random r = new Random(1984);
        String upper = "ABCDEFGHIJKLMNOPRSTUWYZ";
        String[] months = {"January", "Feb", "March", "Apr", "May", "June", "Jul", "August", "Sept", "October", "Nov",
            "December"};
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = SecretSamples.pick(r, "Maria Jose", "Garcia Lopez", "JOHN Q PUBLIC", "Anne Marie", "van der Berg",
                    "Okafor Nnamdi");
            String postcode = SecretSamples.pick(r,
                    SecretSamples.random(r, upper, 1 + r.nextInt(2)) + (1 + r.nextInt(9)) + SecretSamples.pick(r, "", "A") + " "
                            + r.nextInt(10) + SecretSamples.random(r, upper, 2),
                    SecretSamples.random(r, upper, 1) + r.nextInt(10) + SecretSamples.random(r, upper, 1) + " " + r.nextInt(10)
                            + SecretSamples.random(r, upper, 1) + r.nextInt(10),
                    (1000 + r.nextInt(9000)) + " " + SecretSamples.random(r, upper, 2));
            int day = 1 + r.nextInt(28);
            String month = SecretSamples.pick(r, months);
            String year = String.valueOf(1940 + r.nextInt(70));
            String date = r.nextBoolean() ? month + " " + day + ", " + year : day + " " + month + " " + year;
            String[][] cases = {
                {SecretSamples.pick(r, "first_name", "lastName", "surname", "cardholder_name", "cardholder"), name},
                {SecretSamples.pick(r, "postcode", "postal_code", "zip", "zipCode"), postcode},
                {SecretSamples.pick(r, "dob", "date_of_birth", "birthDate"), date},
            };
            for (String[] c : cases) {
                String syntax = SecretSamples.pick(r, "%s: %s", "%s=%s user_id=7", "%s: %s; verified", "%s = %s");
                String line = String.format(syntax, c[0], c[1]);
                String out = Redactor.defaults().redact(line);
                if (!out.equals(line.replace(c[1], "[REDACTED_PII_FIELD]"))) {
                    failures.add(line + "  ->  " + out);
                }
            }
        }
        assertThat(failures).isEmpty();
        for (String kept : new String[] {"zip: 94107 OK", "dob: 1984-03-12 12 items", "dob: 12/03/1984 March 3 import",
            "postcode: 94107 AB12 next"}) {
            String out = Redactor.defaults().redact(kept);
            assertThat(out).as(kept).isEqualTo(kept.substring(0, kept.indexOf(' ') + 1) + "[REDACTED_PII_FIELD]"
                    + kept.substring(kept.indexOf(' ', kept.indexOf(' ') + 1)));
        }
    }

    /** A value that starts with a mask word but is more than the mask still goes: hidden123, xxxxxx9. */
    @Test
    void valuesThatResembleAMaskStillGo() {
        Random r = new Random(5);
        for (int i = 0; i < 200; i++) {
            String value = SecretSamples.pick(r, "hidden", "Redacted", "xxxx", "masked", "FILTERED")
                    + SecretSamples.random(r, SecretSamples.ALNUM + "!#", 1 + r.nextInt(5)) + SecretSamples.digits(r, 1);
            String line = String.format(SecretSamples.pick(r, "password=%s", "ssl.key.password = %s", "{\"token\":\"%s\"}"), value);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(value, "[REDACTED_SECRET]"));
        }
    }

    /** A secret that starts with {@code /} (base64 has it) is no file path: it has no common directory and no extension. */
    @Test
    void secretsStartingWithASlashStillGo() {
        Random r = new Random(47);
        for (int i = 0; i < 300; i++) {
            String value = "/" + SecretSamples.random(r, SecretSamples.ALNUM + "+/", 12 + r.nextInt(40));
            if (value.startsWith("/etc/") || value.startsWith("/home/") || value.contains("//")) {
                continue;
            }
            String line = String.format(SecretSamples.pick(r, "private_key=%s", "client_secret: %s", "{\"token\":\"%s\"}"), value);
            assertThat(Redactor.defaults().redact(line)).as(line).doesNotContain(value);
        }
    }

    /** Adds to {@code failures} when {@code line} does not lose exactly {@code value}, as PII_FIELD. */
    private static void expectRedacted(List<String> failures, String line, String value) {
        String out = Redactor.defaults().redact(line);
        if (!out.equals(line.replace(value, "[REDACTED_PII_FIELD]"))) {
            failures.add(line + "  ->  " + out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "mobile", "msisdn", "phoneNumber", "tel", "cell_phone"})
    void bareDigitPhonesGoOnlyAfterAPhoneKey(String key) {
        assertRedacted(key, "PHONE", r -> SecretSamples.digits(r, 10 + r.nextInt(3)));
        Random r = new Random(key.hashCode());
        for (int i = 0; i < 50; i++) {
            String line = "count=" + SecretSamples.digits(r, 10);
            assertThat(Redactor.defaults().redact(line)).isSameAs(line);
        }
    }

    private interface Gen {
        String value(Random r);
    }

    private static void assertRedacted(String key, String type, Gen gen) {
        Random r = new Random(key.hashCode());
        List<String> failures = new ArrayList<>();
        for (String syntax : SYNTAXES) {
            for (int i = 0; i < 20; i++) {
                String value = gen.value(r);
                String line = String.format(syntax, key, value);
                String out = Redactor.defaults().redact(line);
                String expected = line.replace(value, "[REDACTED_" + type + "]");
                if (!out.equals(expected)) {
                    failures.add(line + "  ->  " + out);
                }
            }
        }
        assertThat(failures).as("%s in the syntaxes", key).isEmpty();
    }

    /**
     * The scheme stays, the token goes. The last four: a scheme word after the scheme is not the credential
     * (found by fuzzing: the token after it stayed).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Authorization: Bearer %s", "{\"authorization\":\"Bearer %s\"}", "curl -H 'Authorization: Bearer %s'",
        "Proxy-Authorization: Bearer %s", "Authorization: Basic Bearer %s", "Authorization: Bearer \tBearer %s",
        "authorization=basic Basic bearer %s", "{\"Authorization\":\"Basic Bearer %s\"}"})
    void authorizationHeadersKeepTheirScheme(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String token = bearerToken(r);
            String line = String.format(syntax, token);
            assertThat(Redactor.defaults().redact(line)).isEqualTo(line.replace(token, "[REDACTED_BEARER_TOKEN]"));
        }
    }

    /**
     * Schemes whose credentials are a list of auth-params (Digest, AWS Signature V4, OAuth 1.0): the scheme
     * stays and the whole list goes, up to the end of the line or of the JSON string; the next line stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Authorization: %s", "{\"Authorization\":\"%s\",\"status\":200}",
        "{\"msg\":\"{\\\"authorization\\\":\\\"%s\\\"}\"}", "Proxy-Authorization: %s"})
    void authParamListsGoWholeAndTheSchemeStays(String syntax) {
        Random r = new Random(syntax.hashCode());
        boolean nested = syntax.startsWith("{\"msg\"");
        for (int i = 0; i < 50; i++) {
            String secret = SecretSamples.random(r, "0123456789abcdef", 32 + r.nextInt(33));
            String q = nested ? "\\\\\\\"" : syntax.startsWith("{") ? "\\\"" : "\""; // the quote inside the value
            String scheme = SecretSamples.pick(r, "Digest", "AWS4-HMAC-SHA256", "OAuth");
            String params;
            switch (scheme) {
                case "Digest":
                    params = "username=" + q + "bob" + q + ", realm=" + q + "api" + q + ", nonce=" + q + "dcd98b71" + q
                            + ", response=" + q + secret + q;
                    break;
                case "OAuth":
                    params = "oauth_consumer_key=" + q + "xvz1" + q + ", oauth_signature=" + q + secret + q;
                    break;
                default:
                    params = "Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature="
                            + secret;
            }
            String line = String.format(syntax, scheme + " " + params) + "\nnext line 7 stays";
            String out = Redactor.defaults().redact(line);
            assertThat(out).as(line).doesNotContain(secret).contains(scheme + " [REDACTED_SECRET]").endsWith("\nnext line 7 stays");
        }
    }

    /**
     * A password as a SQL string literal after a keyword, as database and ORM statement logs print it: the
     * literal's content goes (a doubled quote inside it too), the statement stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"CREATE ROLE app LOGIN PASSWORD '%s';", "ALTER USER app WITH ENCRYPTED PASSWORD '%s'",
        "LOG:  statement: alter role app password '%s' valid until 'infinity'", "CREATE USER 'app'@'%%' IDENTIFIED BY '%s';",
        "ALTER USER app IDENTIFIED WITH caching_sha2_password BY '%s'", "SET PASSWORD FOR 'bob'@'localhost' = PASSWORD('%s')",
        "create user app identified\tby\t'%s' default tablespace users"})
    void sqlPasswordLiteralsGo(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String password = SecretSamples.password(r) + (i % 5 == 0 ? "'x" : "");
            String literal = password.replace("'", "''");
            String line = String.format(syntax, literal);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(literal, "[REDACTED_SECRET]"));
        }
    }

    /**
     * Oracle's passwords are identifiers, bare or double-quoted, after {@code USER/ROLE/TO name IDENTIFIED BY}:
     * they go, the statement stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ALTER USER scott IDENTIFIED BY %s;", "create user app identified by %s default tablespace users",
        "CREATE USER \"App\" IDENTIFIED BY \"%s\" ACCOUNT UNLOCK", "GRANT CONNECT TO app IDENTIFIED BY %s",
        "CREATE DATABASE LINK hr CONNECT TO hr_ro IDENTIFIED BY %s USING 'prod'", "ALTER ROLE admin IDENTIFIED\tBY  %s"})
    void oracleIdentifiedByPasswordsGo(String syntax) {
        assertPasswordsGo(syntax, "");
    }

    /** 50 generated passwords in {@code syntax}: each {@code before + password} becomes {@code before + [REDACTED_SECRET]}. */
    private static void assertPasswordsGo(String syntax, String before) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String password = SecretSamples.password(r);
            String line = String.format(syntax, password);
            assertThat(Redactor.defaults().redact(line)).as(line)
                    .isEqualTo(line.replace(before + password, before + "[REDACTED_SECRET]"));
        }
    }

    /**
     * Oracle writes a logon {@code user/password@database}: in JDBC URLs of the thin and OCI drivers and on
     * SQL*Plus command lines. User and password go, the database stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"url=jdbc:oracle:thin:%s@db:1521:ORCL", "jdbc:oracle:thin:%s@//db.example.com:1521/svc ok",
        "{\"url\":\"jdbc:oracle:oci:%s@prod\"}", "JDBC:ORACLE:OCI8:%s@db", "$ sqlplus %s@orcl", "sqlplus -s -L %s@//db/svc",
        "exec sqlplus \"%s as sysdba\"", "sqlplus %s"})
    void oracleLogonsLoseUserAndPassword(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String logon = SecretSamples.pick(r, "scott", "app_owner", "C##ADMIN", "svc$batch") + "/"
                    + SecretSamples.random(r, SecretSamples.ALNUM, 6 + r.nextInt(10)) + SecretSamples.pick(r, "#", "$", "_", "!", "");
            String line = String.format(syntax, logon);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(logon, "[REDACTED_URL_CREDENTIALS]"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:oracle:thin:@db:1521:ORCL", "jdbc:oracle:thin:@//db:1521/svc", "sqlplus / as sysdba",
        "sqlplus /nolog", "sqlplus @install.sql", "sqlplus scott@orcl", "cache thin:a/b@c", "sqlplusrc a/b",
        "Exception: path a/b@c", "sqlplus -s /@wallet_alias"})
    void oracleTextWithoutALogonStays(String line) {
        assertThat(Redactor.defaults().redact(line)).isSameAs(line);
    }

    /**
     * {@code -p}: glued after a MySQL client, after a space on a registry login, either way after sshpass; redis-cli's
     * {@code -a}; the OpenLDAP clients' {@code -w}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"mysql -u root -p%s -h db", "mysqldump -uroot -p'%s' app > dump.sql", "/usr/bin/mysql --host=db -p%s",
        "docker login -u bob -p %s registry.example.com", "podman login --username bob -p %s quay.io",
        "oc login https://api:6443 -u dev -p %s", "sshpass -p %s ssh deploy@host", "sshpass -p'%s' scp a.txt host:",
        "redis-cli -h cache -p 6379 -a %s ping", "/usr/bin/redis-cli --no-auth-warning -a %s",
        "ldapsearch -x -H ldaps://ldap:636 -D \"cn=admin,dc=example,dc=org\" -w %s -b dc=example,dc=org",
        "/usr/bin/ldapmodify -x -D cn=admin -w '%s' -f change.ldif", "ldapadd -D cn=admin -w %s -f add.ldif",
        "openssl enc -aes-256-cbc -salt -k %s -in plain.txt -out enc.bin", "openssl enc -d -aes-128-cbc -K %s -iv 0a1b -in x",
        "htpasswd -b -c /etc/nginx/.htpasswd bob %s", "htpasswd -cb .htpasswd bob %s", "htpasswd -nbB bob %s",
        "htpasswd -n -b alice %s", "htpasswd -B -b -C 12 users.db alice %s", "/usr/bin/htpasswd -bm .htpasswd bob '%s'",
        "htpasswd -C 10 -bB .htpasswd bob %s ok"})
    void shortPasswordFlagsOfKnownCommandsGo(String syntax) {
        assertPasswordsGo(syntax, "");
    }

    /** OpenSSL's {@code pass:} source goes, the other sources ({@code env:}, {@code file:}, {@code fd:}, {@code stdin}) stay. */
    @ParameterizedTest
    @ValueSource(strings = {"openssl pkcs12 -export -passout pass:%s -out a.p12", "openssl rsa -passin pass:%s -in key.pem",
        "openssl enc -aes-256-cbc -pass pass:%s -in x", "openssl pkcs12 -in a.p12 -password pass:%s"})
    void opensslPassArgumentsGo(String syntax) {
        assertPasswordsGo(syntax, "pass:");
    }

    /** Apache HttpClient's wire log: a cookie header's value goes up to the {@code [\r][\n]} that ends the line. */
    @ParameterizedTest
    @ValueSource(strings = {"http-outgoing-0 << \"Set-Cookie: %s[\\r][\\n]\"", "http-outgoing-3 >> \"Cookie: %s[\\n]\""})
    void aCookieInAWireLogGoesUpToTheLineEnd(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String cookie = "SESSION=" + SecretSamples.random(r, SecretSamples.ALNUM, 24) + "; Path=/; HttpOnly";
            String line = String.format(syntax, cookie);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(cookie, "[REDACTED_SECRET]"));
        }
    }

    /** Quoted literals after other words, and a password keyword with no literal, stay. */
    @ParameterizedTest
    @ValueSource(strings = {"UPDATE orders SET status = '%s' WHERE id = 42", "updated by '%s'", "ALTER ROLE app PASSWORD NULL",
        "select * from users where name like '%s'", "passwordless '%s' login enabled", "stand by '%s'",
        "ALTER ROLE app VALID UNTIL '%s'", "ALTER USER app IDENTIFIED BY RANDOM PASSWORD", "request identified by %s was retried",
        "SELECT * FROM t ORDER BY %s", "client %s identified by its certificate", "Caused by: %s", "user identified by %s"})
    void otherSqlLiteralsStay(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String line = String.format(syntax, SecretSamples.password(r).replace("'", "''"));
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line);
        }
    }

    /** An unquoted value that starts with a scheme word: the credential after it goes (found by fuzzing). */
    @ParameterizedTest
    @ValueSource(strings = {"password: Bearer %s", "token=Bearer %s", "access_token:\tBearer %s", "\"api_key\": bearer %s",
        "--token Bearer %s"})
    void aSecretKeyWithASchemeLosesTheCredential(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String token = bearerToken(r);
            String line = String.format(syntax, token) + " next";
            assertThat(Redactor.defaults().redact(line)).as(line).doesNotContain(token).contains("[REDACTED_");
        }
    }

    /**
     * A key=value after a scheme word: the value goes, whatever its first char (found by fuzzing: a value
     * starting with {@code /} left the key as the token and the value after it).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Bearer  aws_secret_access_key=%s", "Authorization: Basic Bearer api_key=%s", "Bearer token=%s"})
    void aKeyValueAfterASchemeLosesTheValue(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String value = SecretSamples.pick(r, "/", "+", "")
                    + SecretSamples.random(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 39);
            String line = String.format(syntax, value) + " next";
            assertThat(Redactor.defaults().redact(line)).as(line).doesNotContain(value.substring(1)).contains("[REDACTED_");
        }
    }

    /**
     * An OAuth authorization code under the bare key {@code code} goes ({@code GET /callback?code=…&state=…}):
     * codes shaped as GitHub (20 hex), Okta and Auth0 (base64url), Google ({@code 4/0A…}) and Microsoft
     * ({@code 0.A…}) issue them. Status and error codes under the same key stay.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GET /login/oauth2/code/github?code=%s&state=xyz HTTP/1.1", "https://app.example.com/cb#code=%s&state=s1",
        "redirect_uri=https%%3A%%2F%%2Fapp%%2Fcb&code=%s&grant_type=authorization_code", "{\"code\":\"%s\",\"state\":\"x\"}",
        "code=%s"})
    void authorizationCodesGo(String syntax) {
        Random r = new Random(syntax.hashCode());
        String b64url = SecretSamples.ALNUM + "-_";
        for (int i = 0; i < 100; i++) {
            String code = SecretSamples.pick(r, SecretSamples.random(r, "0123456789abcdef", 20),
                    SecretSamples.random(r, b64url, 43), "4/0A" + SecretSamples.random(r, b64url, 60),
                    "0.A" + SecretSamples.random(r, b64url, 120), SecretSamples.random(r, SecretSamples.ALNUM, 16 + r.nextInt(20)));
            if (code.chars().noneMatch(Character::isDigit) || code.chars().noneMatch(Character::isLowerCase)) {
                continue; // outside the shape this key takes (a few random ones)
            }
            String line = String.format(syntax, code);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(code, "[REDACTED_SECRET]"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"code=404", "status code: 503", "{\"code\":\"card_declined\",\"param\":\"number\"}",
        "{\"code\":\"INVALID_GRANT_12345678\"}", "{\"code\": 40001, \"message\": \"Unauthorized\"}", "exit code=137",
        "code=E11000 duplicate key error", "promo code=SUMMER2024SALE", "code=0x80070005ab12cd34ef", "code: ERR_CONNECTION_REFUSED",
        "{\"code\":\"a1b2c3\"}", "error_code=invalid_request_client_1234", "{\"code\":\"Validation failed for field 42\"}"})
    void statusAndErrorCodesStay(String line) {
        assertThat(Redactor.defaults().redact(line)).isSameAs(line);
    }

    /**
     * The initial response of SMTP {@code AUTH} and IMAP {@code AUTHENTICATE} (a mail client's debug output, a
     * server's session log): PLAIN carries user and password, XOAUTH2 and OAUTHBEARER a bearer token.
     */
    @ParameterizedTest
    @ValueSource(strings = {"C: AUTH PLAIN %s", "DEBUG SMTP: >> AUTH PLAIN %s", "A001 AUTHENTICATE PLAIN %s", "AUTH XOAUTH2 %s",
        "a1 AUTHENTICATE XOAUTH2 %s\r\n", "AUTH OAUTHBEARER %s then 235"})
    void saslInitialResponsesGo(String syntax) {
        Random r = new Random(syntax.hashCode());
        String mechanism = syntax.contains("PLAIN") ? "PLAIN" : syntax.contains("XOAUTH2") ? "XOAUTH2" : "OAUTHBEARER";
        for (int i = 0; i < 100; i++) {
            String user = SecretSamples.email(r);
            String secret = mechanism.equals("PLAIN") ? SecretSamples.password(r) : "ya29." + bearerToken(r);
            String raw = mechanism.equals("PLAIN") ? SecretSamples.pick(r, "", user) + "\0" + user + "\0" + secret
                    : mechanism.equals("XOAUTH2") ? "user=" + user + "\u0001auth=Bearer " + secret + "\u0001\u0001"
                    : "n,a=" + user + ",\u0001host=imap.example.com\u0001port=993\u0001auth=Bearer " + secret + "\u0001\u0001";
            String response = SecretSamples.base64(raw);
            String line = String.format(syntax, response);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(response, "[REDACTED_SECRET]"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"250-AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER", "AUTH LOGIN", "AUTH PLAIN", "AUTH PLAIN =",
        "DEBUG SMTP: AUTH PLAIN commands suppressed", "AUTH PLAIN dGVzdA==", "AUTH XOAUTH2 dGhpcyBpcyBub3QgaXQ=",
        "AUTHORIZATION PLAIN AGJvYgBwdw==", "AUTH PLAIN AGJvYgBwdw==x1"})
    void mailProtocolLinesWithoutACredentialStay(String line) {
        assertThat(Redactor.defaults().redact(line)).isSameAs(line);
    }

    /**
     * A quoted token after a credential named in prose and a space, as hand-written log messages put it
     * ({@code Using API key 'a1B2…' for tenant 4}); the name may be two words.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Using API key '%s' for tenant 4", "login with password \"%s\" failed", "refresh token '%s' revoked",
        "client secret \"%s\"", "the access token '%s' is valid", "DB password '%s'", "Invalid session \"%s\""})
    void quotedTokensAfterACredentialNamedInProseGo(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 100; i++) {
            String token = SecretSamples.pick(r, SecretSamples.password(r) + r.nextInt(10), bearerToken(r),
                    SecretSamples.password(r) + (syntax.contains("'") ? "''" : "\"\"") + r.nextInt(10)); // a doubled quote inside
            String line = String.format(syntax, token);
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo(line.replace(token, "[REDACTED_SECRET]"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"token 'expired'", "password \"must be set\"", "secret 'none'", "public key 'ssh-rsa AAAA' added",
        "file 'x.txt' not found", "bypass 'Abc123'", "password 'YES'", "token \"\"", "my token 'pending'",
        "{\"a\": \"b\", \"c\": \"Abc123\"}", "key 'Abc123XYZ'"})
    void quotedWordsAfterACredentialNameStay(String line) {
        assertThat(Redactor.defaults().redact(line)).isSameAs(line);
    }

    private static String bearerToken(Random r) {
        return SecretSamples.random(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.", 30);
    }

    /**
     * A quote after {@code -u} that is no {@code user:password}: what follows is scanned as any text (found by
     * fuzzing: a key between the quote and a later colon was skipped).
     */
    @ParameterizedTest
    @EnumSource(value = SensitiveType.class, names = {"STRIPE_KEY", "EMAIL", "JWT", "GITHUB_TOKEN"})
    void aQuotedCurlUserWithSpacesIsNoUser(SensitiveType type) {
        Random r = new Random(type.ordinal());
        for (int i = 0; i < 50; i++) {
            String secret = SecretSamples.of(type, r);
            String line = "-u \"" + SecretSamples.digits(r, 6) + " x " + secret + " y option:[" + SecretSamples.digits(r, 3);
            assertThat(Redactor.defaults().redact(line)).as(line).doesNotContain(secret);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl -u %s https://api.example.com", "curl --user '%s' https://x", "curl -s -u \"%s\" -X POST"})
    void curlUserPasswordLosesThePassword(String syntax) {
        Random r = new Random(syntax.hashCode());
        for (int i = 0; i < 50; i++) {
            String user = SecretSamples.pick(r, "admin", "svc-deploy", "bob");
            String password = SecretSamples.password(r);
            String line = String.format(syntax, user + ":" + password);
            assertThat(Redactor.defaults().redact(line)).isEqualTo(line.replace(":" + password, ":[REDACTED_SECRET]"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"password reset email sent", "Invalid password attempt 3 of 5", "token refresh scheduled in 30s",
        "Password must have 12 characters", "the secret rotation job finished", "credentials provider chain: env, profile",
        "Using session factory for tenant 7", "secretName=db-creds", "tokenType=Bearer maxTokens=512",
        "password_length=12 password_expiry_days=90", "ip_address=unknown remote_address: lb",
        "state NEW -> RUNNING", "<entry key=\"timeout\">30</entry>", "<property name=\"url\" value=\"jdbc:h2:mem\"/>",
        "curl -u admin https://x", "-u -1 offset", "{\"name\":\"timeout\",\"value\":\"30\"}",
        "{\"name\":\"password_policy\",\"value\":\"strict\"}", "roles=[admin, ops]", "password=[]",
        "headers={Accept=[*/*], X-Request-Id=[abc-123]}", "{\"msg\":\"GET /x?a\\u003d1\\u0026b\\u003d2\"}",
        "find . -name x -type f", "java -Xmx512m -cp app.jar", "openssl pkcs12 -passin env:P12_PASS -in a.p12",
        "openssl rsa -passin file:/run/secrets/key -in k", "openssl req -passout stdin -new", "ssh -p 2222 host",
        "openssl enc -pass env:ENC_KEY -in x", "openssl pkcs12 -password file:/run/p12pass -in a.p12",
        "{\"metric\":\"token\",\"value\":\"512\"}",
        "Field error in object 'form' on field 'password': rejected value [null]; codes [NotNull.form.password]",
        "Field error in object 'form' on field 'age': rejected value [-3]; codes [Min.form.age]",
        "RAS KERNEL FATAL instruction address: 0x00004ed8", "data address: 0x1f2e3d4c in module x",
        "warning: can't get client address: Connection reset by peer", "bind address: 10.0.0.5:8080",
        "address=[fe80::1%eth0]:22", "<address>10.0.0.5:8080</address>", "<bind><address>fe80::1</address></bind>",
        "<property name=\"address\" value=\"10.0.0.5\"/>", "<entry key=\"address\" value=\"[::1]:8080\"/>",
        "&lt;address&gt;10.1.2.3&lt;/address&gt;", "Token: Token { kind: ContainerToken, service: 172.22.149.145:28345 }",
        "REPORT : 7031 5020 150604 240", "mkdir -p /var/lib/app", "docker run -p 8080:80 nginx", "mysql -u root -p app_db",
        "mysql -h db -P3306 -u app", "mysql -u root -p", "<passwordPolicy minLength=\"8\">strict</passwordPolicy>",
        "&lt;timeout&gt;30&lt;/timeout&gt; &lt;b&gt;bold&lt;/b&gt;", "<credentials provider=\"vault\"><user>bob</user>",
        "credentials={user=bob, role=admin}", "token={ }", "secret={}", "ls -a /var/log", "git commit -a -m fix",
        "redis-cli -h cache -p 6379 ping", "tar -a -cf logs.tar.gz logs", "redis-cli -a", "sshpass -p",
        "grep -w timeout app.log", "curl -w '%{http_code}' https://x", "ldapsearch -x -W -b dc=example", "ldapsearch -w",
        "wc -w notes.txt", "curl -k https://x", "openssl enc -kfile key.txt -in x",
        "openssl s_client -connect host:443", "htpasswd -c .htpasswd bob", "htpasswd -D .htpasswd bob",
        "htpasswd -b .htpasswd bob", "htpasswd -nb bob", "ls -b -k /tmp", "git log -b -k x y z",
        "{name: timeout, value: 30}", "gauge name=auth_token_count value=3", "EnvVar(name=LOG_LEVEL, value=debug)",
        "[{Name:PASSWORD_POLICY Value:strict}]",
        "[{Name:DB_PASSWORD Value: ValueFrom:&EnvVarSource{SecretKeyRef:&SecretKeySelector{Key:password,Optional:nil,}}}]",
        "name=\"password value=x", "next=%2Fa%253Fpage%253D2%2526x%253D1",
        "[--port, 80, --verbose]", "[\"--name\",\"bob\"]", "[\"--password\",\"--port\",\"80\"]", "\"--password\"",
        "&lt;property name=&quot;timeout&quot; value=&quot;30&quot;/&gt;", "&lt;entry key=&quot;timeout&quot;&gt;30&lt;/entry&gt;"})
    void proseAndHarmlessKeysStay(String line) {
        assertThat(Redactor.builder().disable("IP_ADDRESS").build().redact(line)).isSameAs(line);
    }
}
