package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.keys.AuthHeaderDetector;
import dev.logredactor.core.internal.keys.CommandLineFlagDetector;
import dev.logredactor.core.internal.keys.EscapedXmlElementDetector;
import dev.logredactor.core.internal.keys.KeyValueDetector;
import dev.logredactor.core.internal.keys.KeyedValue;
import dev.logredactor.core.internal.keys.ProsePasswordDetector;
import dev.logredactor.core.internal.keys.QuotedAfterKeyDetector;
import dev.logredactor.core.internal.keys.SaslAuthDetector;
import dev.logredactor.core.internal.keys.SensitiveKeys;
import dev.logredactor.core.internal.keys.SqlPasswordDetector;
import dev.logredactor.core.internal.keys.XmlElementDetector;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one place that lists the built-in detectors, in the order they are tried at a shared trigger:
 * structured context first (a private key block, URL credentials, a key's value), then fixed-prefix
 * tokens, then shapes validated by checksums, then the loosest shapes (phones, IPs).
 */
public final class BuiltInDetectors {
    private BuiltInDetectors() {
    }

    /**
     * The detectors of the types on in {@code on} (by id: {@link dev.logredactor.core.internal.catalog.Types}).
     */
    public static List<BuiltInDetector> create(boolean[] on, Collection<String> extraSecretKeys) {
        List<BuiltInDetector> list = new ArrayList<>();
        if (on(on, SensitiveType.PRIVATE_KEY)) {
            list.add(new PrivateKeyDetector());
        }
        if (on(on, SensitiveType.URL_CREDENTIALS)) {
            list.add(new UrlCredentialsDetector());
            list.add(new OracleLogonDetector());
        }
        boolean keyed = on(on, SensitiveType.SECRET) || on(on, SensitiveType.PII_FIELD) || on(on, SensitiveType.PHONE)
                || on(on, SensitiveType.AWS_SECRET_KEY) || on(on, SensitiveType.BASIC_AUTH) || on(on, SensitiveType.BEARER_TOKEN);
        SensitiveKeys keys = keyed ? SensitiveKeys.create(extraSecretKeys) : null; // SECRET on implies keyed
        KeyedValue values = keyed ? new KeyedValue(on) : null;
        if (keyed) {
            list.add(new KeyValueDetector(keys, values));
            list.add(new XmlElementDetector(keys, values));
            list.add(new EscapedXmlElementDetector(keys, values));
            list.add(new CommandLineFlagDetector(keys, values));
        }
        if (on(on, SensitiveType.SECRET)) {
            list.add(new SqlPasswordDetector());
            list.add(new SaslAuthDetector());
            list.add(new QuotedAfterKeyDetector(keys, values)); // after the SQL literals, whose quotes double
            list.add(new ProsePasswordDetector());
        }
        boolean vendor = false;
        for (int id = 0; id < on.length; id++) {
            vendor |= on[id] && VendorTokenDetector.covers(id);
        }
        if (vendor) {
            list.add(new VendorTokenDetector(on));
        }
        if (on(on, SensitiveType.JWT)) {
            list.add(new JwtDetector());
        }
        if (on(on, SensitiveType.BASIC_AUTH) || on(on, SensitiveType.BEARER_TOKEN)) {
            list.add(new AuthHeaderDetector(on(on, SensitiveType.BASIC_AUTH), on(on, SensitiveType.BEARER_TOKEN)));
        }
        if (on(on, SensitiveType.EMAIL)) {
            list.add(new EmailDetector());
        }
        if (on(on, SensitiveType.IBAN)) {
            list.add(new IbanDetector());
        }
        if (on(on, SensitiveType.SSN)) {
            list.add(new SsnDetector());
        }
        if (on(on, SensitiveType.CREDIT_CARD)) {
            list.add(new CreditCardDetector());
        }
        if (on(on, SensitiveType.PHONE)) {
            list.add(new PhoneDetector());
        }
        if (on(on, SensitiveType.IP_ADDRESS)) {
            list.add(new IpAddressDetector());
        }
        return list;
    }

    private static boolean on(boolean[] on, SensitiveType t) {
        return on[t.ordinal()];
    }
}
