namespace ZhuhaiArtisan.Application.Catalogue.Common;

public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);
