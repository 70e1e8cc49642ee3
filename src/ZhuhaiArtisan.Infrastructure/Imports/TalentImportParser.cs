using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using nietras.SeparatedValues;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.RegisterTalent;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Infrastructure.Imports;

/// <summary>
/// Reads talent import files. CSV has a header row naming its columns (the JSON field names of a
/// single registration, or their Chinese labels as a spreadsheet template has them); JSON is an
/// array of registrations. A value that cannot be read is a problem of its row; only a file that
/// cannot be read as a whole is refused.
/// </summary>
internal sealed class TalentImportParser : ITalentImportParser
{
    private const string Unreadable = "row.unreadable_value";

    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public string Decode(ReadOnlySpan<byte> content, TalentImportEncoding encoding)
    {
        var bytes = encoding == TalentImportEncoding.Utf8 && content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
        try
        {
            return (encoding == TalentImportEncoding.Gb18030 ? StrictGb18030.Value : StrictUtf8).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableFileException("talent_import.wrong_encoding", encoding == TalentImportEncoding.Gb18030
                ? "The file is not valid GB18030."
                : "The file is not valid UTF-8; a CSV saved by a Chinese spreadsheet program is usually GB18030: send it with charset=gb18030.");
        }
    }

    public IReadOnlyList<ParsedTalentRow> Parse(string text, TalentImportFormat format) =>
        format == TalentImportFormat.Csv ? ParseCsv(text) : ParseJson(text);

    private static List<ParsedTalentRow> ParseCsv(string text)
    {
        var trimmed = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(trimmed))
        {
            return [];
        }

        // The header is read as a row: a repeated column name is the caller's mistake to report, not the reader's.
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true })
            .FromText(trimmed);
        int[]? columns = null;
        var dataRow = 0;
        var rows = new List<ParsedTalentRow>();
        foreach (var record in reader)
        {
            if (columns is null)
            {
                var header = new string[record.ColCount];
                for (var i = 0; i < header.Length; i++)
                {
                    header[i] = record[i].ToString();
                }

                columns = CsvColumns.FromHeader(header);
                continue;
            }

            // Blank lines keep their number, so a row number points at the same line in the caller's spreadsheet.
            var rowNumber = ++dataRow;
            var cells = new string?[CsvColumns.Count];
            for (var i = 0; i < columns.Length && i < record.ColCount; i++)
            {
                var value = record[i].ToString().Trim();
                cells[columns[i]] = value.Length == 0 ? null : value;
            }

            if (cells.All(c => c is null))
            {
                continue;
            }

            rows.Add(ToRow(rowNumber, cells, record.ColCount == columns.Length ? null : $"The row has {record.ColCount} values; the header names {columns.Length}."));
        }

        return rows;
    }

    private static ParsedTalentRow ToRow(int rowNumber, string?[] cells, string? shapeProblem)
    {
        var problems = new List<RowProblem>();
        if (shapeProblem is not null)
        {
            problems.Add(new RowProblem("row", Unreadable, shapeProblem));
        }

        T? Read<T>(int column, Func<string, T?> parse, string expected)
            where T : struct
        {
            if (cells[column] is not { } text)
            {
                return null;
            }

            var value = parse(text);
            if (value is null)
            {
                problems.Add(new RowProblem(CsvColumns.Names[column], Unreadable, $"'{Shorten(text)}' is not {expected}."));
            }

            return value;
        }

        var wishes = new JobWishesInput(
            Read(CsvColumns.JobSeekingStatus, KebabEnum<JobSeekingStatus>, "one of not-seeking, open-to-offers, seeking"),
            List(cells[CsvColumns.WishedOccupationCodes]),
            List(cells[CsvColumns.WishedDistrictCodes]),
            Read(CsvColumns.WishedMonthlyWageMin, Money, "an amount such as 8000 or 8000.00"),
            Read(CsvColumns.WishedMonthlyWageMax, Money, "an amount such as 12000 or 12000.00"));
        var registration = new RegisterTalentCommand(
            cells[CsvColumns.Name],
            Read(CsvColumns.DocumentType, KebabEnum<IdentityDocumentType>, "a document type such as resident-identity-card"),
            cells[CsvColumns.IdentityNumber],
            cells[CsvColumns.Phone],
            cells[CsvColumns.ResidenceDistrictCode],
            Read(CsvColumns.Origin, KebabEnum<TalentOrigin>, "local or outside-city"),
            Read(CsvColumns.EmployerId, Identifier, "an organisation id"),
            Read(CsvColumns.SchoolId, Identifier, "an organisation id"),
            cells[CsvColumns.Major],
            Read(CsvColumns.GraduationDate, Date, "a date such as 2026-07-01"),
            wishes,
            Read(CsvColumns.ConsentsToMatching, Flag, "true or false (是 or 否)"));
        return new ParsedTalentRow(rowNumber, registration, problems);
    }

    private static List<ParsedTalentRow> ParseJson(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            throw new UnreadableFileException("talent_import.malformed_file", $"The file is not valid JSON (line {exception.LineNumber + 1}).");
        }

        if (root is not JsonArray array)
        {
            throw new UnreadableFileException("talent_import.malformed_file", "A JSON import is an array of registrations, each as POST /api/v1/talents takes it.");
        }

        var rows = new List<ParsedTalentRow>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            rows.Add(ToRow(i + 1, array[i]));
        }

        return rows;
    }

    /// <summary>
    /// Reads one element; a value of the wrong type is dropped and reported under its field, and
    /// the rest of the row is read, so the row's every problem is listed at once.
    /// </summary>
    private static ParsedTalentRow ToRow(int rowNumber, JsonNode? element)
    {
        var empty = new RegisterTalentCommand(null, null, null, null, null, null, null, null, null, null, null, null);
        if (element is not JsonObject source)
        {
            return new ParsedTalentRow(rowNumber, empty, [new RowProblem("row", Unreadable, "Each element is a JSON object.")]);
        }

        var item = (JsonObject)source.DeepClone();
        var problems = new List<RowProblem>();
        for (var attempt = 0; attempt <= CsvColumns.Count; attempt++)
        {
            try
            {
                return new ParsedTalentRow(rowNumber, item.Deserialize<RegisterTalentCommand>(Json) ?? empty, problems);
            }
            catch (JsonException exception) when (exception.Path is { Length: > 2 } path && Remove(item, path))
            {
                problems.Add(new RowProblem(FieldOf(path), Unreadable, "The value has the wrong type or format."));
            }
            catch (JsonException)
            {
                break;
            }
        }

        return new ParsedTalentRow(rowNumber, empty, [.. problems, new RowProblem("row", Unreadable, "The element could not be read.")]);
    }

    /// <summary>Removes the value at a JSON path such as <c>$.wishes.monthlyWageMin</c> or <c>$.wishes.districtCodes[1]</c>.</summary>
    private static bool Remove(JsonObject item, string path)
    {
        var segments = FieldOf(path).Split('.');
        JsonNode? node = item;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            node = (node as JsonObject)?[Bare(segments[i])];
        }

        var last = Bare(segments[^1]);
        if (node is JsonObject parent && parent.ContainsKey(last))
        {
            return parent.Remove(last);
        }

        return false;
    }

    private static string Bare(string segment) => segment.Split('[')[0];

    private static string FieldOf(string path) => path.TrimStart('$', '.');

    private static T? KebabEnum<T>(string text)
        where T : struct, Enum =>
        KebabNames<T>.ByName.TryGetValue(text, out var value) ? value : null;

    private static Guid? Identifier(string text) => Guid.TryParse(text, out var id) ? id : null;

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static decimal? Money(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    private static bool? Flag(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "是" or "yes" => true,
        "false" or "0" or "否" or "no" => false,
        _ => null,
    };

    private static List<string>? List(string? text) =>
        text?.Split([';', '|', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static JsonSerializerOptions CreateJsonOptions()
    {
        // The same reading as the API's own JSON bodies: enums as kebab-case strings, numbers only as numbers.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.Strict };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
