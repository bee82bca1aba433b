using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

/// <summary>A tiny bilingual training set: six English and six Chinese texts about tea, and as many about archives.</summary>
internal static class TeaAndArchives
{
    public static IReadOnlyList<LabeledText> Samples { get; } =
    [
        new("tea", "Green tea leaves are steeped in hot water."),
        new("tea", "Oolong tea from Fujian is rolled and roasted.", "Oolong tea"),
        new("tea", "Brew black tea for three minutes, then add milk."),
        new("tea", "The teapot and the tea cups sit on a tray."),
        new("tea", "Matcha is green tea ground into a fine powder."),
        new("tea", "Tea plantations cover the misty hills."),
        new("tea", "绿茶的茶叶用热水冲泡。"),
        new("tea", "福建乌龙茶经过揉捻和烘焙。", "乌龙茶"),
        new("tea", "红茶冲泡三分钟后加牛奶。"),
        new("tea", "茶壶和茶杯放在托盘上。"),
        new("tea", "抹茶是磨成细粉的绿茶。"),
        new("tea", "云雾缭绕的山坡上种满了茶树。"),
        new("archives", "The archive keeps old manuscripts and letters."),
        new("archives", "Archivists catalogue records in the national archives.", "National archives"),
        new("archives", "Digitised records preserve fragile documents."),
        new("archives", "Finding aids describe the archival collections."),
        new("archives", "The reading room of the archive opens at nine."),
        new("archives", "Acid-free archival boxes protect old paper records."),
        new("archives", "档案馆保存旧手稿和信件。"),
        new("archives", "档案员为国家档案编目。", "国家档案"),
        new("archives", "数字化记录保存易损的文件。"),
        new("archives", "档案目录描述馆藏的记录。"),
        new("archives", "档案馆的阅览室九点开放。"),
        new("archives", "无酸档案盒保护旧纸张和文件。"),
    ];

    public static TextClassifier Train(TextClassifierTrainerOptions? options = null) =>
        new TextClassifierTrainer(options).Train(Samples);
}
