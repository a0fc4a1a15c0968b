#!/usr/bin/env python3
"""Generates the differential test cases for bursar::core::Decimal from Python's decimal module.

Each line: op|a|b|places|mode|expected   (fields unused by an op are empty)
Ops: add, sub, mul (a*b rounded to places), div (a/b rounded to places), round, times
(a * integer b), parse (strict typed input), parsev (vendor cells, exponents allowed).
WideDecimal (36 places, usage amounts): wadd, wsub, wround (to 18 places with mode),
wparsev (vendor cells with up to 36 places).
Expected: the canonical text (shortest exact form, no exponent), "invalid" for overflow
or division by zero, "error" for text that must be refused.
"""
import argparse
import decimal
import random
import re
from decimal import Decimal, ROUND_05UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP

CTX = decimal.Context(prec=400, rounding=ROUND_HALF_EVEN, Emax=10**6, Emin=-10**6)
decimal.setcontext(CTX)
MAX = Decimal("99999999999999999999.999999999999999999")
MODES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "down": ROUND_DOWN}


def canon(d):
    if d == 0:
        return "0"
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def checked(d):
    return "invalid" if abs(d) > MAX else canon(d)


def quantize(d, places, mode):
    return d.quantize(Decimal(1).scaleb(-places), rounding=MODES[mode], context=CTX)


def rand_decimal(rng, max_int=20, max_frac=18):
    int_digits = rng.choice([0, 1, 1, 2, 3, 4, 6, 9, 12, 15, rng.randint(0, max_int)])
    int_digits = min(int_digits, max_int)
    frac_digits = rng.choice([0, 1, 2, 2, 3, 4, 6, 10, 16, 18, rng.randint(0, max_frac)])
    frac_digits = min(frac_digits, max_frac)
    ip = "".join(rng.choice("0123456789") for _ in range(int_digits)) or "0"
    fp = "".join(rng.choice("0123456789") for _ in range(frac_digits))
    # ties and round numbers deserve extra attention
    if fp and rng.random() < 0.2:
        fp = fp[:-1] + "5"
    sign = "-" if rng.random() < 0.4 else ""
    return Decimal(sign + ip + ("." + fp if fp else ""))


def valid_typed(text):
    t = text.strip(" ")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", t):
        return None
    return Decimal(t)


def valid_vendor(text):
    t = text.strip(" ")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", t):
        return None
    return Decimal(t)


def in_range_exact(d):
    if d is None:
        return "error"
    if abs(d) > MAX:
        return "error"
    if d != 0 and -d.normalize(context=CTX).as_tuple().exponent > 18:
        return "error"
    return canon(d)


def rand_wide(rng):
    d = rand_decimal(rng, max_frac=36)
    if rng.random() < 0.6:  # dust beyond 18 places, as amortized exports carry
        d = rand_decimal(rng)
        dust = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 18)))
        if rng.random() < 0.2:
            dust = dust[:-1] + "5" if len(dust) == 18 else dust
        s = format(d, "f")
        s = s + ("" if "." in s else ".") + "0" * (18 - len(s.split(".")[1]) if "." in s else 18) + dust
        d = Decimal(s)
    return d


def in_range_wide(d):
    if d is None or abs(d) > MAX:
        return "error"
    if d != 0 and -d.normalize(context=CTX).as_tuple().exponent > 36:
        return "error"
    return canon(d)


def rand_wide_text(rng):
    kind = rng.random()
    if kind < 0.5:
        return format(rand_wide(rng), "f")
    if kind < 0.65:  # Microsoft's amortized costs: 20 to 24 places
        return "0." + "".join(rng.choice("0123456789") for _ in range(rng.randint(20, 24)))
    if kind < 0.75:  # beyond 36
        return "0." + "".join(rng.choice("0123456789") for _ in range(rng.randint(37, 40)))
    if kind < 0.85:
        mant = rng.choice(["5.64902", "1", "2.5", "9.99", "1.234567890123", "7"])
        return mant + rng.choice("eE") + "-" + "%02d" % rng.randint(15, 40)
    return rand_text(rng, True)


def rand_text(rng, vendor):
    kind = rng.random()
    d = rand_decimal(rng)
    s = format(d, "f")
    if kind < 0.45:
        pass
    elif kind < 0.5:
        s = s + "0" * rng.randint(1, 6) if "." in s else s + "." + "0" * rng.randint(1, 4)
    elif kind < 0.55:
        s = s.replace(".", ",")
    elif kind < 0.6:
        s = "-" + s if not s.startswith("-") else "-" + s
    elif kind < 0.65:
        s = ""
    elif kind < 0.7:
        s = " " * rng.randint(1, 3) + s + " " * rng.randint(0, 2)
    elif kind < 0.75:
        s = s + "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(15, 22))) if "." not in s else s + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 6)))
    elif kind < 0.8:
        s = "".join(rng.choice("0123456789") for _ in range(rng.randint(19, 24)))
    elif kind < 0.9:
        mant = rng.choice(["5.64902", "1", "2.5", "9.99", "1.234567890123", "7", "0.5", "123.456"])
        s = mant + rng.choice("eE") + rng.choice(["", "+", "-"]) + "%02d" % rng.randint(0, 21)
    elif kind < 0.95:
        s = rng.choice(["abc", "1.2.3", "12a", "+", "-", ".", "1-", "1e", "--1", "1,5", "1 000", "0x10", "NaN", "inf", "5.", ".5", "+7", "-0", "00012.50"])
    else:
        s = "0." + "0" * rng.randint(10, 20) + str(rng.randint(1, 9))
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=int, default=1, help="multiplies the number of cases")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    counts = {"add": 20000, "sub": 15000, "mul": 25000, "div": 20000, "round": 15000, "times": 8000,
              "parse": 12000, "parsev": 12000, "wadd": 10000, "wsub": 5000, "wround": 8000, "wparsev": 10000}
    lines = []
    for op, n in counts.items():
        for _ in range(n * args.scale):
            a = rand_decimal(rng)
            b = rand_decimal(rng)
            places = rng.randint(0, 18)
            mode = rng.choice(list(MODES))
            if op == "add":
                lines.append(f"add|{canon(a)}|{canon(b)}|||{checked(a + b)}")
            elif op == "sub":
                lines.append(f"sub|{canon(a)}|{canon(b)}|||{checked(a - b)}")
            elif op == "mul":
                if rng.random() < 0.5:
                    b = rand_decimal(rng, max_int=3, max_frac=6)  # a percentage or quantity
                r = quantize(a * b, places, mode)
                lines.append(f"mul|{canon(a)}|{canon(b)}|{places}|{mode}|{checked(r)}")
            elif op == "div":
                if rng.random() < 0.02:
                    b = Decimal(0)
                if b == 0:
                    lines.append(f"div|{canon(a)}|0|{places}|{mode}|invalid")
                    continue
                # Divide to many more digits with ROUND_05UP, then round once: exact for every mode.
                q = decimal.Context(prec=120, rounding=ROUND_05UP).divide(a, b)
                r = quantize(q, places, mode)
                lines.append(f"div|{canon(a)}|{canon(b)}|{places}|{mode}|{checked(r)}")
            elif op == "round":
                lines.append(f"round|{canon(a)}||{places}|{mode}|{checked(quantize(a, places, mode))}")
            elif op == "times":
                n_ = rng.choice([0, 1, -1, 3, 7, 100, 12345, -999999, 10**9, 10**15, rng.randint(-10**6, 10**6)])
                lines.append(f"times|{canon(a)}|{n_}|||{checked(a * n_)}")
            elif op == "parse":
                t = rand_text(rng, False)
                lines.append(f"parse|{t}||||{in_range_exact(valid_typed(t))}")
            elif op == "parsev":
                t = rand_text(rng, True)
                lines.append(f"parsev|{t}||||{in_range_exact(valid_vendor(t))}")
            elif op in ("wadd", "wsub"):
                a, b = rand_wide(rng), rand_wide(rng)
                r = a + b if op == "wadd" else a - b
                lines.append(f"{op}|{canon(a)}|{canon(b)}|||{checked(r)}")
            elif op == "wround":
                a = rand_wide(rng)
                lines.append(f"wround|{canon(a)}||18|{mode}|{checked(quantize(a, 18, mode))}")
            elif op == "wparsev":
                t = rand_wide_text(rng)
                lines.append(f"wparsev|{t}||||{in_range_wide(valid_vendor(t))}")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
