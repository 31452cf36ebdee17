package dev.logredactor.core.internal.settings;

import dev.logredactor.core.Detector;
import dev.logredactor.core.RedactorConfigException;
import java.lang.reflect.InvocationTargetException;

/**
 * Makes a user's {@link Detector} from its class name, as the {@code detectors} setting names it: the
 * class is loaded by the thread's context class loader (an application server's web application), else
 * by the one that loaded log-redactor, and made with its public no-argument constructor. Nothing is
 * found by scanning the class path.
 */
public final class DetectorClasses {
    private DetectorClasses() {
    }

    /**
     * A new instance of the named class.
     *
     * @throws RedactorConfigException naming {@code setting} when the class cannot be made a detector
     */
    public static Detector instantiate(String setting, String className) {
        Class<?> c = load(setting, className);
        if (!Detector.class.isAssignableFrom(c)) {
            throw new RedactorConfigException(setting, className + " does not implement " + Detector.class.getName());
        }
        try {
            return (Detector) c.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new RedactorConfigException(setting, className + " needs to be public with a public no-argument constructor", e);
        } catch (InstantiationException e) {
            throw new RedactorConfigException(setting, className + " is abstract", e);
        } catch (InvocationTargetException e) {
            throw new RedactorConfigException(setting, className + "'s constructor failed: " + e.getCause(), e.getCause());
        }
    }

    private static Class<?> load(String setting, String className) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            try {
                return Class.forName(className, true, context);
            } catch (ClassNotFoundException | LinkageError e) {
                // not there: try our own loader
            }
        }
        try {
            return Class.forName(className, true, DetectorClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new RedactorConfigException(setting, "no class " + className + " on the class path", e);
        } catch (LinkageError e) {
            throw new RedactorConfigException(setting, className + " cannot be loaded: " + e, e);
        }
    }
}
