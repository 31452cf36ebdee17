package dev.logredactor.core.internal.check;

/** The network prefix of an IP address: the /24 of IPv4, the /48 of IPv6 (its first three groups). */
public final class IpNetwork {
    private IpNetwork() {
    }

    public static void appendPrefix(StringBuilder out, CharSequence s, int start, int end) {
        String ip = s.subSequence(start, end).toString();
        if (ip.indexOf(':') < 0) {
            out.append(ip, 0, ip.lastIndexOf('.')).append(".0/24");
            return;
        }
        int[] groups = expand(ip);
        out.append(Integer.toHexString(groups[0])).append(':').append(Integer.toHexString(groups[1])).append(':')
                .append(Integer.toHexString(groups[2])).append("::/48");
    }

    /** The eight 16-bit groups of an IPv6 address in any valid notation. */
    static int[] expand(String ip) {
        int[] g = new int[8];
        int dc = ip.indexOf("::");
        String head = dc < 0 ? ip : ip.substring(0, dc);
        String tail = dc < 0 ? "" : ip.substring(dc + 2);
        int[] h = groups(head);
        int[] t = groups(tail);
        System.arraycopy(h, 0, g, 0, Math.min(h.length, 8));
        System.arraycopy(t, 0, g, 8 - t.length, t.length);
        return g;
    }

    private static int[] groups(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] p = part.split(":");
        boolean v4 = p[p.length - 1].indexOf('.') >= 0;
        int[] r = new int[p.length + (v4 ? 1 : 0)];
        for (int i = 0; i < p.length - (v4 ? 1 : 0); i++) {
            r[i] = Integer.parseInt(p[i], 16);
        }
        if (v4) {
            String[] o = p[p.length - 1].split("\\.");
            r[p.length - 1] = Integer.parseInt(o[0]) << 8 | Integer.parseInt(o[1]);
            r[p.length] = Integer.parseInt(o[2]) << 8 | Integer.parseInt(o[3]);
        }
        return r;
    }
}
