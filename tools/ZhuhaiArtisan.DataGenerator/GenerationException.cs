namespace ZhuhaiArtisan.DataGenerator;

/// <summary>The generation cannot go on; the message says why, for the person running it.</summary>
public sealed class GenerationException(string message) : Exception(message);
