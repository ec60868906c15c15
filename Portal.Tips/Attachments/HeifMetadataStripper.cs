using System.Buffers.Binary;

namespace Portal.Tips.Attachments;

/// <summary>
/// The stripped copy of a HEIC/HEIF photo, which Skia cannot decode on Linux. In HEIF (ISO BMFF) the EXIF block
/// (with GPS position and camera serial numbers) and XMP are items of the top-level <c>meta</c> box: listed in
/// <c>iinf</c> (item type <c>Exif</c>, or <c>mime</c> for XMP), their bytes found through <c>iloc</c>, in
/// <c>mdat</c> or <c>idat</c>. The copy overwrites those bytes with zeros and changes nothing else, so every offset
/// in the file stays valid and the picture is untouched; a reader finds an empty EXIF item.
/// Anything this cannot be sure about gives no copy at all (the photo then stays an original, for supervisors
/// only): a top-level box other than <c>ftyp</c>, <c>meta</c>, <c>mdat</c>, <c>free</c> and <c>skip</c> (an image
/// sequence's <c>moov</c>, a <c>uuid</c> box that may hold XMP), more than one <c>meta</c>, a metadata item stored
/// in another item or another file or reaching outside the file, and any box that does not parse.
/// </summary>
internal static class HeifMetadataStripper
{
    public const string ContentType = "image/heic";

    private static readonly string[] AllowedTopLevel = ["ftyp", "meta", "mdat", "free", "skip"];

    /// <summary>A copy with the metadata items' bytes zeroed, or null when that cannot be done safely.</summary>
    public static byte[]? StrippedCopy(ReadOnlySpan<byte> file)
    {
        try
        {
            var copy = file.ToArray();
            return Strip(copy) ? copy : null;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            return null;
        }
    }

    private static bool Strip(byte[] file)
    {
        Box? meta = null;
        foreach (var box in Boxes(file, 0, file.Length))
        {
            if (!AllowedTopLevel.Contains(box.Type) || (box.Type == "meta" && meta is not null))
            {
                return false;
            }

            if (box.Type == "meta")
            {
                meta = box;
            }
        }

        if (meta is not { } found)
        {
            return false;
        }

        // meta is a full box: four bytes of version and flags before its children.
        Box? iinf = null, iloc = null, idat = null;
        foreach (var child in Boxes(file, found.PayloadStart + 4, found.End))
        {
            switch (child.Type)
            {
                case "iinf": iinf = child; break;
                case "iloc": iloc = child; break;
                case "idat": idat = child; break;
            }
        }

        if (iinf is null)
        {
            return false;
        }

        var metadataItems = MetadataItems(file, iinf.Value);
        if (metadataItems.Count == 0)
        {
            return true;
        }

        if (iloc is null)
        {
            return false;
        }

        var extents = Extents(file, iloc.Value, metadataItems, idat);
        if (extents is null)
        {
            return false;
        }

        foreach (var (start, length) in extents)
        {
            file.AsSpan((int)start, (int)length).Clear();
        }

        return true;
    }

    /// <summary>The ids of the EXIF and XMP (and other <c>mime</c>) items.</summary>
    private static HashSet<uint> MetadataItems(byte[] file, Box iinf)
    {
        var reader = new Reader(file, iinf.PayloadStart, iinf.End);
        var version = reader.Byte();
        reader.Skip(3);
        var count = version == 0 ? reader.U16() : reader.U32();
        var items = new HashSet<uint>();
        var entries = 0;
        foreach (var infe in Boxes(file, reader.Position, iinf.End))
        {
            if (infe.Type != "infe")
            {
                continue;
            }

            entries++;
            var entry = new Reader(file, infe.PayloadStart, infe.End);
            var entryVersion = entry.Byte();
            entry.Skip(3);
            if (entryVersion < 2)
            {
                // Versions 0 and 1 have no item type, only a MIME type: every such item is metadata here.
                items.Add(entry.U16());
                continue;
            }

            var id = entryVersion == 2 ? entry.U16() : entry.U32();
            entry.Skip(2);
            var type = entry.FourCc();
            if (type is "Exif" or "mime" or "uri ")
            {
                items.Add(id);
            }
        }

        return entries == count ? items : throw new FormatException("iinf counts a different number of entries.");
    }

    /// <summary>The byte ranges (in the file) of the given items, or null when one of them cannot be located safely.</summary>
    private static List<(long Start, long Length)>? Extents(byte[] file, Box iloc, HashSet<uint> items, Box? idat)
    {
        var reader = new Reader(file, iloc.PayloadStart, iloc.End);
        var version = reader.Byte();
        reader.Skip(3);
        var sizes = reader.Byte();
        var (offsetSize, lengthSize) = (sizes >> 4, sizes & 0xF);
        var more = reader.Byte();
        var (baseOffsetSize, indexSize) = (more >> 4, version is 1 or 2 ? more & 0xF : 0);
        var count = version < 2 ? reader.U16() : reader.U32();
        var found = new List<(long, long)>();
        for (var i = 0; i < count; i++)
        {
            var id = version < 2 ? reader.U16() : reader.U32();
            var construction = version is 1 or 2 ? reader.U16() & 0xF : 0;
            var dataReference = reader.U16();
            var baseOffset = reader.Sized(baseOffsetSize);
            var extentCount = reader.U16();
            for (var e = 0; e < extentCount; e++)
            {
                reader.Sized(indexSize);
                var offset = reader.Sized(offsetSize);
                var length = reader.Sized(lengthSize);
                if (!items.Contains(id))
                {
                    continue;
                }

                // Only bytes of this file (construction 0, data reference 0) or of idat (1), with a stated length.
                var (areaStart, areaEnd) = construction switch
                {
                    0 when dataReference == 0 => (0L, (long)file.Length),
                    1 when idat is { } data => (data.PayloadStart, (long)data.End),
                    _ => (-1L, -1L),
                };
                var start = areaStart + baseOffset + offset;
                if (areaStart < 0 || length == 0 || start < areaStart || start + length > areaEnd)
                {
                    return null;
                }

                found.Add((start, length));
            }
        }

        return found;
    }

    private static IEnumerable<Box> Boxes(byte[] file, long start, long end)
    {
        var position = start;
        while (position < end)
        {
            var reader = new Reader(file, position, end);
            var size = (long)reader.U32();
            var type = reader.FourCc();
            if (size == 1)
            {
                size = checked((long)reader.U64());
            }
            else if (size == 0)
            {
                size = end - position;
            }

            if (size < reader.Position - position || position + size > end)
            {
                throw new FormatException($"The box '{type}' does not fit.");
            }

            yield return new Box(type, reader.Position, position + size);
            position += size;
        }
    }

    private readonly record struct Box(string Type, long PayloadStart, long End);

    /// <summary>Big-endian reads that throw <see cref="FormatException"/> instead of running past the end.</summary>
    private sealed class Reader(byte[] file, long position, long end)
    {
        public long Position => position;

        public byte Byte() => Take(1)[0];

        public ushort U16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

        public uint U32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

        public ulong U64() => BinaryPrimitives.ReadUInt64BigEndian(Take(8));

        public string FourCc() => System.Text.Encoding.Latin1.GetString(Take(4));

        public void Skip(int count) => Take(count);

        /// <summary>An unsigned number of 0, 4 or 8 bytes, as iloc's size fields say.</summary>
        public long Sized(int bytes) => bytes switch
        {
            0 => 0,
            4 => U32(),
            8 => checked((long)U64()),
            _ => throw new FormatException("iloc uses a field size other than 0, 4 or 8."),
        };

        private ReadOnlySpan<byte> Take(int count)
        {
            if (position + count > end)
            {
                throw new FormatException("A box ends early.");
            }

            var span = file.AsSpan((int)position, count);
            position += count;
            return span;
        }
    }
}
