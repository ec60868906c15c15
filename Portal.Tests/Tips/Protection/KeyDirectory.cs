using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

/// <summary>A key directory as an operator sets it up: private to this user, one file per KEK version and the hash key.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class KeyDirectory : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly TemporaryFolder folder = new();

    public KeyDirectory()
    {
        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Path => folder.Path;

    public static KeyDirectory WithVersions(string hashKey, params (int Version, string Key)[] versions)
    {
        var directory = new KeyDirectory();
        foreach (var (version, key) in versions)
        {
            directory.Write($"kek-{version}.key", key + "\n");
        }

        directory.Write("hash.key", hashKey);
        return directory;
    }

    public string Write(string name, string content, UnixFileMode mode = Private)
    {
        var path = folder.File(name);
        File.WriteAllText(path, content);
        File.SetUnixFileMode(path, mode);
        return path;
    }

    public void Delete(string name) => File.Delete(folder.File(name));

    public void Dispose() => folder.Dispose();
}
