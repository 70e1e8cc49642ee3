using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ZhuhaiArtisan.DataGenerator.Common;

namespace ZhuhaiArtisan.DataGenerator.Samples;

/// <summary>
/// Writes the samples as JSON with one array element per line, so that a load-test script without
/// a JSON parser (wrk's Lua) can read it line by line, and a person can read the names.
/// </summary>
internal static class SampleFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string path, GeneratorOptions options, IReadOnlyDictionary<string, long> counts, SampleSet samples)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        Property(text, "seed", options.Seed);
        Property(text, "asOf", StoredValues.Of(options.AsOf));
        Property(text, "counts", counts);
        Array(text, "districts", samples.Districts);
        Array(text, "identities", samples.Identities.Items);
        Array(text, "certificates", samples.Certificates.Items);
        Array(text, "employers", samples.Employers.Items);
        Array(text, "schools", samples.Schools.Items);
        Property(text, "catalogueEdition", samples.CatalogueEdition);
        Array(text, "searchTerms", samples.SearchTerms);
        Array(text, "catalogueOccupations", samples.CatalogueOccupations);
        Array(text, "catalogueInstitutions", samples.CatalogueInstitutions);
        Array(text, "pushableClasses", samples.PushableClasses, last: true);
        text.Append("}\n");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void Property<T>(StringBuilder text, string name, T value) =>
        text.Append("  \"").Append(name).Append("\": ").Append(JsonSerializer.Serialize(value, Json)).Append(",\n");

    private static void Array<T>(StringBuilder text, string name, IEnumerable<T> items, bool last = false)
    {
        text.Append("  \"").Append(name).Append("\": [");
        var first = true;
        foreach (var item in items)
        {
            text.Append(first ? "\n    " : ",\n    ").Append(JsonSerializer.Serialize(item, Json));
            first = false;
        }

        text.Append(first ? "]" : "\n  ]").Append(last ? "\n" : ",\n");
    }
}
