namespace ZhuhaiArtisan.DataGenerator.ReferenceData;

/// <summary>
/// How often an occupation appears on skill certificates: production and service trades (major
/// groups 6 and 4) far more than engineering technicians (group 2), and the mass trades (electrician,
/// welder, care workers, lathe operators…) most of all.
/// </summary>
internal static class OccupationDemand
{
    private static readonly Dictionary<string, double> Boosts = new(StringComparer.Ordinal)
    {
        ["6-31-01-03"] = 6.0, // 电工
        ["6-18-02-04"] = 4.0, // 焊工
        ["4-10-01-05"] = 4.0, // 养老护理员
        ["4-10-01-03"] = 3.0, // 保育师
        ["6-18-01-01"] = 2.5, // 车工
        ["4-14-01-03"] = 2.0, // 健康照护师
        ["4-14-01-02"] = 2.0, // 医疗护理员
        ["4-04-05-01"] = 2.0, // 计算机程序设计员
        ["4-12-03-01"] = 2.0, // 家用电器产品维修工
        ["6-29-03-05"] = 2.0, // 制冷空调系统安装维修工
        ["6-31-03-05"] = 2.0, // 质检员
        ["6-31-01-10"] = 2.0, // 机电设备维修工
        ["6-18-01-02"] = 1.5, // 铣工
        ["6-20-01-01"] = 1.5, // 装配钳工
        ["6-22-02-01"] = 1.5, // 汽车装调工
        ["6-31-07-03"] = 1.5, // 工业机器人系统操作员
        ["6-11-01-03"] = 1.5, // 化工总控工
        ["4-04-05-05"] = 1.5, // 人工智能训练师
    };

    public static double WeightOf(string occupationCode)
    {
        var group = occupationCode[0] switch
        {
            '6' => 3.0,
            '4' => 2.0,
            _ => 0.6,
        };
        return group * Boosts.GetValueOrDefault(occupationCode, 1.0);
    }
}
