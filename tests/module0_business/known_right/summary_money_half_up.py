# Known-right for kata 0.4: a value exactly halfway between two thousands rounded away from zero
# (-$2,500 -> -$3,000), where the worked solution's round() goes to the even thousand. The
# specification says "nearest thousand" and leaves the tie open.
from decimal import ROUND_HALF_UP, Decimal


def _dollars(value: float) -> str:
    thousands = int(Decimal(str(value)).scaleb(-3).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    sign = "-" if thousands < 0 else ""
    return f"{sign}${abs(thousands) * 1000:,}"
