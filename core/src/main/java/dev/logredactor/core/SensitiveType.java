package dev.logredactor.core;

/**
 * The built-in kinds of sensitive data. The names are stable: they appear in placeholders
 * ({@code [REDACTED_EMAIL]}), in configuration ({@code disable=IP_ADDRESS}) and in audit reports.
 *
 * <p>User rules ({@code rule.<NAME>=<pattern>}) add further type names that are not constants of this
 * enum; {@link Finding#type()} is therefore a plain string.
 */
public enum SensitiveType {
    /** E-mail addresses, also URL-encoded ({@code %40}). */
    EMAIL,
    /** E.164 and separated national phone numbers; bare digit runs only after a phone-like key. */
    PHONE,
    /** US social security numbers {@code AAA-GG-SSSS} within the issued ranges. */
    SSN,
    /** Payment card numbers (13-19 digits) with a real issuer prefix and a valid Luhn check digit. */
    CREDIT_CARD,
    /** International bank account numbers with a valid ISO 7064 mod-97 check and country length. */
    IBAN,
    /** IPv4 and IPv6 addresses; ports and brackets stay. */
    IP_ADDRESS,
    /** JSON Web Tokens, signed (3 parts) or encrypted (5 parts). */
    JWT,
    /** AWS access key ids ({@code AKIA}, {@code ASIA}, ...). */
    AWS_ACCESS_KEY,
    /** AWS secret access keys, recognised next to an AWS-named key. */
    AWS_SECRET_KEY,
    /** GitHub personal, OAuth, app and fine-grained tokens. */
    GITHUB_TOKEN,
    /** GitLab personal, deploy, runner and trigger tokens. */
    GITLAB_TOKEN,
    /** Slack bot, user, app and configuration tokens. */
    SLACK_TOKEN,
    /** Slack incoming webhook URLs. */
    SLACK_WEBHOOK,
    /** Stripe secret and restricted keys. */
    STRIPE_KEY,
    /** Google API keys ({@code AIza...}). */
    GOOGLE_API_KEY,
    /** OpenAI API keys, legacy, project, service-account and admin. */
    OPENAI_KEY,
    /** Anthropic API and admin keys. */
    ANTHROPIC_KEY,
    /** SendGrid API keys. */
    SENDGRID_KEY,
    /** npm access tokens. */
    NPM_TOKEN,
    /** Twilio API key SIDs. */
    TWILIO_KEY,
    /** PEM private key blocks, the whole block. */
    PRIVATE_KEY,
    /** Credentials of HTTP Basic authentication. */
    BASIC_AUTH,
    /** HTTP Bearer tokens. */
    BEARER_TOKEN,
    /** The user and password of a URL ({@code scheme://user:password@host}); the host stays. */
    URL_CREDENTIALS,
    /** The value of a credential-named key ({@code password}, {@code api_key}, {@code token}, ...). */
    SECRET,
    /** The value of a personal-data key ({@code first_name}, {@code address}, {@code dob}, ...). */
    PII_FIELD;

    /**
     * Returns the constant with the given name, ignoring case and treating {@code -} like {@code _}.
     *
     * @param name a type name such as {@code credit-card} or {@code EMAIL}
     * @return the type
     * @throws IllegalArgumentException naming the valid types when there is none
     */
    public static SensitiveType parse(String name) {
        String key = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (SensitiveType t : values()) {
            if (t.name().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown type '" + name.trim() + "'; known types: "
                + java.util.Arrays.toString(values()));
    }
}
