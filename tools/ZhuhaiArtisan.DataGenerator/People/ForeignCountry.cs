namespace ZhuhaiArtisan.DataGenerator.People;

/// <param name="Alpha3">ISO 3166 alpha-3, as the 2017 card carries it.</param>
/// <param name="Numeric">ISO 3166 numeric, as the 2023 card carries it.</param>
/// <param name="Weight">How often its nationals appear among the city's permanent residents (a guess for realism).</param>
internal sealed record ForeignCountry(string Alpha3, string Numeric, ForeignNameStyle NameStyle, double Weight);
