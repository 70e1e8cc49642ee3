namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <summary>The text encoding of a CSV export: UTF-8 with a byte-order mark, or GB18030 for older Chinese spreadsheet programs.</summary>
public enum CatalogueExportEncoding
{
    Utf8,
    Gb18030,
}
