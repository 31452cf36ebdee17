package dev.logredactor.examples;

import dev.logredactor.core.Detector;

/**
 * The README's example of a detector of your own: employee numbers {@code EMP-} and seven digits, the
 * last a Luhn check digit of the six before it. A typo'd number, or an order number that happens to
 * look alike, fails the check and stays readable.
 */
public final class EmployeeNumbers implements Detector {
    @Override
    public String type() {
        return "EMPLOYEE_NUMBER";
    }

    @Override
    public String pattern() {
        return "\\bEMP-[0-9]{7}\\b";
    }

    @Override
    public boolean isValid(CharSequence candidate) {
        int sum = 0;
        int n = candidate.length();
        for (int i = 0; i < 7; i++) { // from the check digit leftwards, every second digit doubled
            int d = candidate.charAt(n - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
