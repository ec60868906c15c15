using System.Globalization;

namespace Portal.Tips.Protection;

/// <summary>
/// Keys from a directory outside the content root and the repository: <c>kek-N.key</c> per KEK version and
/// <c>hash.key</c>, each 32 random bytes in base64, and optionally <c>current</c> with the version that wraps new
/// data keys. On Unix every file must be private to the portal's user (mode 0600 or 0400) and the directory not
/// writable by others, so that no other account on the server can read a key or plant one.
/// </summary>
internal sealed class KeyFileKeyRingSource : IKeyRingSource
{
    public const string KekPrefix = "kek-";
    public const string KeyExtension = ".key";
    public const string HashKeyFile = "hash.key";
    public const string CurrentFile = "current";

    private const string Setting = TipKeyOptions.SectionName + ":" + nameof(TipKeyOptions.KeyFileDirectory);
    private const int MaxFileLength = 1024;

    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public KeyRing Load(TipKeyOptions options)
    {
        var directory = options.KeyFileDirectory!;
        if (!Directory.Exists(directory))
        {
            throw new KeyRingException($"{Setting}: the directory '{directory}' does not exist.");
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(directory);
            if ((mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
            {
                throw new KeyRingException($"{Setting}: the directory '{directory}' is writable by group or others (mode {Octal(mode)}); chmod 700 it.");
            }
        }

        var keks = new Dictionary<int, byte[]>();
        foreach (var path in Directory.EnumerateFiles(directory, KekPrefix + "*").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!name.EndsWith(KeyExtension, StringComparison.Ordinal)
                || !KeyMaterial.TryParseVersion(name[KekPrefix.Length..^KeyExtension.Length], out var version))
            {
                throw new KeyRingException($"{Setting}: '{name}' is not a key file name; name KEK version N 'kek-N.key' (N a whole number above 0, no leading zeros).");
            }

            keks[version] = ReadKey(path);
        }

        if (keks.Count == 0)
        {
            throw new KeyRingException($"{Setting}: '{directory}' holds no key-encryption key; add kek-1.key with 32 random bytes in base64 (openssl rand -base64 32).");
        }

        var hashKeyPath = Path.Combine(directory, HashKeyFile);
        if (!File.Exists(hashKeyPath))
        {
            throw new KeyRingException($"{Setting}: '{directory}' has no {HashKeyFile}; copy the hash key in use into it (a new one would invalidate every receipt).");
        }

        var hashKey = ReadKey(hashKeyPath);
        var current = CurrentVersion(options, directory);
        return KeyRingChecks.Complete(options, new KeyRing(keks, current, hashKey), $"kek-{current}.key in '{directory}'", $"'{directory}'");
    }

    private static int CurrentVersion(TipKeyOptions options, string directory)
    {
        var path = Path.Combine(directory, CurrentFile);
        if (!File.Exists(path))
        {
            return options.CurrentVersion > 0
                ? options.CurrentVersion
                : throw new KeyRingException($"{TipKeyOptions.SectionName}:CurrentVersion: not set, and '{directory}' has no '{CurrentFile}' file; name the version that wraps new tips in either.");
        }

        var text = ReadPrivateFile(path).Trim();
        if (!KeyMaterial.TryParseVersion(text, out var fromFile))
        {
            throw new KeyRingException($"{Setting}: '{CurrentFile}' must hold one version number above 0, e.g. 2.");
        }

        if (options.CurrentVersion > 0 && options.CurrentVersion != fromFile)
        {
            throw new KeyRingException(
                $"{TipKeyOptions.SectionName}:CurrentVersion: is {options.CurrentVersion.ToString(CultureInfo.InvariantCulture)} but '{CurrentFile}' in '{directory}' says {text}; keep one of them.");
        }

        return fromFile;
    }

    private static byte[] ReadKey(string path) =>
        KeyMaterial.TryDecode(ReadPrivateFile(path), out var key)
            ? key
            : throw new KeyRingException($"{Setting}: '{Path.GetFileName(path)}' must hold {KeyMaterial.KeySizeInBytes} bytes in base64.");

    private static string ReadPrivateFile(string path)
    {
        var name = Path.GetFileName(path);
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & GroupOrOthers) != 0)
            {
                throw new KeyRingException($"{Setting}: '{name}' is readable or writable by group or others (mode {Octal(mode)}); chmod 600 it.");
            }
        }

        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileLength)
            {
                throw new KeyRingException($"{Setting}: '{name}' must hold {KeyMaterial.KeySizeInBytes} bytes in base64.");
            }

            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new KeyRingException($"{Setting}: '{name}' cannot be read ({exception.Message.Split('\n', 2)[0].Trim()}).", exception);
        }
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0x1FF, 8);
}
