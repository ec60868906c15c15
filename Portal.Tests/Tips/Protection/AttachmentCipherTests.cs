using System.Security.Cryptography;
using System.Text;
using Portal.Tips.Attachments;
using Portal.Tips.Protection;
using Portal.Tips.Sealing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

[UnitTest]
public sealed class AttachmentCipherTests
{
    private const int Header = 13;
    private const int Chunk = 64 * 1024;
    private const int SealedChunk = 4 + Chunk + 16;

    private readonly byte[] dataKey = TipDataKey.Generate();
    private readonly Guid tipId = Guid.NewGuid();
    private readonly Guid attachmentId = Guid.NewGuid();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65537)]
    [InlineData(2 * 65536)]
    [InlineData(5 * 1024 * 1024)]
    public async Task Contents_round_trip_whatever_the_size(int size)
    {
        var plaintext = RandomBytes(size);

        var encrypted = await Encrypt(plaintext);

        var chunks = Math.Max(1, (size + Chunk - 1) / Chunk);
        Assert.Equal(Header + SizeClasses.FileChunks(chunks) * SealedChunk, encrypted.Length);
        Assert.Equal(plaintext, await DecryptAsync(encrypted));
        Assert.Equal(plaintext, DecryptWithSyncReads(encrypted));
    }

    [Theory]
    [InlineData(1_100_000, 1_300_000)]
    [InlineData(1, 65_536)]
    [InlineData(300_000, 500_000)]
    public async Task Files_of_one_size_class_are_stored_at_one_length(int smaller, int larger)
    {
        var small = RandomBytes(smaller);
        var large = RandomBytes(larger);

        var (encryptedSmall, encryptedLarge) = (await Encrypt(small), await Encrypt(large));

        Assert.Equal(encryptedSmall.Length, encryptedLarge.Length);
        Assert.Equal(small, await DecryptAsync(encryptedSmall));
        Assert.Equal(large, await DecryptAsync(encryptedLarge));
    }

    [Fact]
    public void File_classes_double_to_1_mib_then_grow_by_a_quarter_and_stop_at_the_upload_limit()
    {
        long[] contentChunks = [1, 2, 3, 5, 16, 17, 20, 21, 26, 33, 743, 744, 800, 801];
        long[] stored = [1, 2, 4, 8, 16, 20, 20, 25, 32, 40, 743, 800, 800, 929];

        Assert.Equal(stored, contentChunks.Select(SizeClasses.FileChunks));
        Assert.Equal(AttachmentRules.MaxBytes, SizeClasses.FileChunks(AttachmentRules.MaxBytes / Chunk) * Chunk);
        Assert.True(SizeClasses.FileChunks(600) <= 600 * 1.25);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(65536)]
    [InlineData(3 * 65536 + 7)]
    public async Task Files_stored_before_padding_still_open_and_still_refuse_truncation(int size)
    {
        var plaintext = RandomBytes(size);

        var stored = EncryptUnpadded(plaintext);

        Assert.Equal(Header + size + (Math.Max(1, (size + Chunk - 1) / Chunk) * 16), stored.Length);
        Assert.Equal(plaintext, await DecryptAsync(stored));
        Assert.Equal(plaintext, DecryptWithSyncReads(stored));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(stored[..^1]));
    }

    [Fact]
    public async Task Padding_chunks_cannot_be_dropped_or_added()
    {
        var encrypted = await Encrypt(RandomBytes(3 * Chunk));
        Assert.Equal(Header + 4 * SealedChunk, encrypted.Length);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted[..(Header + 3 * SealedChunk)]));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync([.. encrypted, .. encrypted.AsSpan(Header + 3 * SealedChunk, SealedChunk)]));
    }

    [Fact]
    public async Task Encryption_reports_the_plaintext_length_and_copes_with_short_reads()
    {
        var plaintext = RandomBytes(3 * Chunk + 123);
        using var destination = new MemoryStream();

        var length = await AttachmentCipher.EncryptAsync(
            new NonSeekableStream(new MemoryStream(plaintext), maxRead: 1000),
            new NonSeekableStream(destination),
            dataKey,
            tipId,
            attachmentId,
            CancellationToken.None);

        Assert.Equal(plaintext.Length, length);
        Assert.Equal(plaintext, await DecryptAsync(destination.ToArray(), maxRead: 777));
    }

    [Fact]
    public async Task Two_encryptions_of_the_same_file_differ()
    {
        var plaintext = RandomBytes(1000);

        Assert.NotEqual(await Encrypt(plaintext), await Encrypt(plaintext));
    }

    [Fact]
    public async Task The_ciphertext_does_not_contain_a_known_plaintext_marker()
    {
        var marker = Encoding.UTF8.GetBytes($"CANARY-附件-{Guid.NewGuid():N}");
        using var plaintext = new MemoryStream();
        for (var i = 0; i < 10_000; i++)
        {
            plaintext.Write(marker);
        }

        var encrypted = await Encrypt(plaintext.ToArray());

        Assert.Equal(-1, encrypted.AsSpan().IndexOf(marker));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(Header + SealedChunk)]
    [InlineData(Header + SealedChunk + 30_000)]
    [InlineData(Header + 2 * SealedChunk - 1)]
    [InlineData(Header + 2 * SealedChunk + 50)]
    public async Task Changing_one_byte_fails(int offset)
    {
        var encrypted = await Encrypt(RandomBytes(2 * Chunk + 1000));
        encrypted[offset] ^= 0x01;

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted));
    }

    [Fact]
    public async Task Tampering_in_the_middle_chunk_fails_and_releases_nothing_of_that_chunk()
    {
        var plaintext = RandomBytes(2 * Chunk + 1000);
        var encrypted = await Encrypt(plaintext);
        encrypted[Header + SealedChunk + Chunk / 2] ^= 0x40;
        var released = new MemoryStream();

        await Assert.ThrowsAnyAsync<CryptographicException>(async () =>
        {
            await using var decrypting = AttachmentCipher.OpenDecryptingStream(new MemoryStream(encrypted), dataKey, tipId, attachmentId);
            await decrypting.CopyToAsync(released);
        });

        Assert.Equal(plaintext.AsSpan(0, Chunk).ToArray(), released.ToArray());
    }

    [Theory]
    [InlineData(2 * 65536 + 1000)]
    [InlineData(2 * 65536)]
    public async Task Cutting_bytes_off_the_last_chunk_fails(int size)
    {
        var encrypted = await Encrypt(RandomBytes(size));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted[..^1]));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted[..^17]));
    }

    [Theory]
    [InlineData(2 * 65536 + 1000)]
    [InlineData(2 * 65536)]
    [InlineData(65536)]
    public async Task Dropping_the_whole_final_chunk_fails(int size)
    {
        var encrypted = await Encrypt(RandomBytes(size));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted[..^SealedChunk]));
    }

    [Fact]
    public async Task Cutting_the_file_down_to_its_header_or_less_fails()
    {
        var encrypted = await Encrypt(RandomBytes(10));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted[..Header]));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted[..4]));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync([]));
    }

    [Fact]
    public async Task Appending_bytes_or_a_chunk_fails()
    {
        var encrypted = await Encrypt(RandomBytes(Chunk + 10));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync([.. encrypted, 0]));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync([.. encrypted, .. encrypted.AsSpan(Header, SealedChunk)]));
    }

    [Fact]
    public async Task Swapping_two_chunks_fails()
    {
        var encrypted = await Encrypt(RandomBytes(3 * Chunk + 10));
        var first = encrypted.AsSpan(Header, SealedChunk).ToArray();
        encrypted.AsSpan(Header + SealedChunk, SealedChunk).CopyTo(encrypted.AsSpan(Header));
        first.CopyTo(encrypted.AsSpan(Header + SealedChunk));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted));
    }

    [Fact]
    public async Task Decrypting_for_another_tip_or_attachment_fails()
    {
        var encrypted = await Encrypt(RandomBytes(100));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted, tip: Guid.NewGuid()));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => DecryptAsync(encrypted, attachment: Guid.NewGuid()));
    }

    [Fact]
    public async Task Reading_on_after_a_failure_keeps_failing()
    {
        var encrypted = await Encrypt(RandomBytes(100));
        encrypted[^1] ^= 1;
        using var decrypting = AttachmentCipher.OpenDecryptingStream(new MemoryStream(encrypted), dataKey, tipId, attachmentId);
        var buffer = new byte[100];

        Assert.ThrowsAny<CryptographicException>(() => decrypting.Read(buffer));
        Assert.ThrowsAny<CryptographicException>(() => decrypting.Read(buffer));
    }

    [Fact]
    public void The_decrypting_stream_is_read_only_and_forward_only()
    {
        using var decrypting = AttachmentCipher.OpenDecryptingStream(new MemoryStream(), dataKey, tipId, attachmentId);

        Assert.True(decrypting.CanRead);
        Assert.False(decrypting.CanSeek);
        Assert.False(decrypting.CanWrite);
        Assert.Throws<NotSupportedException>(() => decrypting.Write([1], 0, 1));
    }

    private static byte[] RandomBytes(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A file as stored before padding (format 0x01): chunks of the file's bytes, the last one short.</summary>
    private byte[] EncryptUnpadded(byte[] plaintext)
    {
        var header = new byte[Header];
        header[0] = AttachmentChunkCipher.FormatVersion;
        RandomNumberGenerator.Fill(header.AsSpan(1));
        using var cipher = new AttachmentChunkCipher(dataKey, header[0], header.AsSpan(1), tipId, attachmentId);
        using var stored = new MemoryStream();
        stored.Write(header);
        var sealedChunk = new byte[Chunk + 16];
        var offset = 0;
        for (ulong index = 0; ; index++)
        {
            var length = Math.Min(Chunk, plaintext.Length - offset);
            var isFinal = offset + length == plaintext.Length;
            stored.Write(sealedChunk, 0, cipher.Seal(index, isFinal, plaintext.AsSpan(offset, length), sealedChunk));
            offset += length;
            if (isFinal)
            {
                return stored.ToArray();
            }
        }
    }

    private async Task<byte[]> Encrypt(byte[] plaintext)
    {
        using var destination = new MemoryStream();
        await AttachmentCipher.EncryptAsync(new MemoryStream(plaintext), new NonSeekableStream(destination), dataKey, tipId, attachmentId, CancellationToken.None);
        return destination.ToArray();
    }

    private async Task<byte[]> DecryptAsync(byte[] encrypted, int maxRead = int.MaxValue, Guid? tip = null, Guid? attachment = null)
    {
        await using var decrypting = AttachmentCipher.OpenDecryptingStream(
            new NonSeekableStream(new MemoryStream(encrypted), maxRead),
            dataKey,
            tip ?? tipId,
            attachment ?? attachmentId);
        using var plaintext = new MemoryStream();
        await decrypting.CopyToAsync(plaintext);
        return plaintext.ToArray();
    }

    private byte[] DecryptWithSyncReads(byte[] encrypted)
    {
        using var decrypting = AttachmentCipher.OpenDecryptingStream(new MemoryStream(encrypted), dataKey, tipId, attachmentId);
        using var plaintext = new MemoryStream();
        var buffer = new byte[4099];
        int read;
        while ((read = decrypting.Read(buffer, 0, buffer.Length)) > 0)
        {
            plaintext.Write(buffer, 0, read);
        }

        return plaintext.ToArray();
    }
}
