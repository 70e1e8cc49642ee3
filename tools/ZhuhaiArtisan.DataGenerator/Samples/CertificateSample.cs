namespace ZhuhaiArtisan.DataGenerator.Samples;

internal sealed record CertificateSample(string CertificateNumber, string Name);
