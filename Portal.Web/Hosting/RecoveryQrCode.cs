using System.Text;
using QRCoder;

namespace Portal.Web.Hosting;

/// <summary>
/// The QR code printed beside a unit's recovery digits: the 96 digits alone, which <c>recover-unit-key</c> accepts as
/// typed. Digits only let the code use numeric mode, the densest: version 4 (33 modules) even at error correction
/// level Q, which survives a quarter of the code smudged or torn, as a sheet kept for years in a safe may be.
/// </summary>
internal static class RecoveryQrCode
{
    public static QRCodeData Encode(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return QRCodeGenerator.GenerateQrCode(new string([.. digits.Where(char.IsAsciiDigit)]), QRCodeGenerator.ECCLevel.Q);
    }

    /// <summary>
    /// Two rows of modules per line in Unicode half blocks, quiet zone included. The light modules are the ones drawn,
    /// as <c>qrencode -t UTF8</c> does, so it scans on a terminal with light text on a dark background.
    /// </summary>
    public static string ToText(QRCodeData code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var rows = code.ModuleMatrix;
        var text = new StringBuilder();
        for (var y = 0; y < rows.Count; y += 2)
        {
            for (var x = 0; x < rows[y].Length; x++)
            {
                var topLight = !rows[y][x];
                // Past the last row is more quiet zone.
                var bottomLight = y + 1 >= rows.Count || !rows[y + 1][x];
                text.Append((topLight, bottomLight) switch
                {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    _ => ' ',
                });
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Dark modules on white, for printing.</summary>
    public static string ToSvg(QRCodeData code) => new SvgQRCode(code).GetGraphic(8);
}
