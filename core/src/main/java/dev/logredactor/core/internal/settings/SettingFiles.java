package dev.logredactor.core.internal.settings;

import dev.logredactor.core.RedactorConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Reads the files that settings name: the configuration file and the hash key file. Only a regular file
 * of bounded size is read, so a setting that names a device such as {@code /dev/zero} or a named pipe
 * fails at once with an error, rather than reading, or waiting, for ever at start-up. Errors name the
 * setting and the file, never the content.
 */
public final class SettingFiles {
    /** The most a configuration file may hold. */
    public static final int MAX_CONFIG_FILE_BYTES = 1 << 20;
    /** The most a hash key file may hold. */
    public static final int MAX_HASH_KEY_FILE_BYTES = 4096;
    /** How deep configuration files may include one another with {@code config-file}. */
    public static final int MAX_CONFIG_FILE_DEPTH = 8;

    private SettingFiles() {
    }

    /** A properties file (UTF-8) of at most {@link #MAX_CONFIG_FILE_BYTES}. */
    public static Properties properties(String setting, Path file) {
        String text = text(setting, file, MAX_CONFIG_FILE_BYTES);
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof IllegalArgumentException ? e.getMessage() : whyUnreadable(e);
            throw new RedactorConfigException(setting, "cannot read '" + file + "': " + why, e);
        }
        return p;
    }

    /** The error for a configuration file included deeper than {@link #MAX_CONFIG_FILE_DEPTH}. */
    public static RedactorConfigException tooDeep(String setting, Object file) {
        return new RedactorConfigException(setting, "'" + file + "' is the " + (MAX_CONFIG_FILE_DEPTH + 1)
                + "th configuration file one includes from another: do they include each other?");
    }

    /** The text of a small UTF-8 file: a regular file of at most {@code max} bytes. */
    public static String text(String setting, Path file, int max) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new RedactorConfigException(setting, "cannot read '" + file + "': not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(max + 1);
        } catch (IOException | RuntimeException e) {
            throw new RedactorConfigException(setting, "cannot read '" + file + "': " + whyUnreadable(e), e);
        }
        if (bytes.length > max) {
            throw new RedactorConfigException(setting, "cannot read '" + file + "': larger than " + max + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RedactorConfigException(setting, "cannot read '" + file + "': " + whyUnreadable(e), e);
        }
    }

    /** Why a file could not be read, in words that never quote its content. */
    private static String whyUnreadable(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        return e.getClass().getSimpleName();
    }
}
