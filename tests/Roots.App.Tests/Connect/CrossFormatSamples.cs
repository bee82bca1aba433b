namespace Roots.App.Tests.Connect;

/// <summary>
/// Four articles written for these tests: two in English and two in Chinese, each pair on one
/// subject (metering the tokens of model calls) but written separately, so that they share words
/// and phrases without being the same text.
/// </summary>
internal static class CrossFormatSamples
{
    public static CrossFormatArticles MeteringEn { get; } = new(
        "Counting Tokens Before They Count You",
        "By Mara Ellison, 14 March 2024",
        [
            "Every call to a language model is billed in tokens, yet most teams discover their consumption only when the monthly invoice arrives. By then the expensive experiments are finished, the prompts that wasted thousands of tokens have been copied into production, and nobody remembers which feature was responsible for the surge.",
            "The remedy is unglamorous: count before you call. A tokenizer that matches the provider's own can estimate the size of a prompt in microseconds, and a price book turns that estimate into money. When the estimate is recorded next to the actual usage reported by the provider, the difference becomes a measurement of how well the application understands its own behaviour.",
            "Chinese text deserves particular attention. Depending on the vocabulary, one Han character may cost a whole token or more, while an English word of similar meaning costs a fraction of one. A translation workflow that looks cheap in English can therefore double in price when the same documents are processed in Chinese, and the ledger should make that difference visible per language.",
            "Budgets work only when they are enforced before the work starts. A batch of ten thousand summaries should show its estimated cost, ask for confirmation, and stop cleanly at the limit, keeping everything already finished. Retrying a failed request must not charge twice for the same output, which means every attempt needs an identifier that survives a restart.",
            "Finally, the numbers must be legible to the people who pay for them. A dashboard that lists each provider, each model and each operation, with tokens in and tokens out, the estimated and the actual price, and the remaining budget, answers most questions before they are asked. Teams that adopt this discipline report fewer surprises and, more importantly, better arguments about what their models are for.",
        ],
        [
            "Ellison, M. (2023). Metering inference at small scale. Journal of Practical Computing, 12(4), 55-71.",
            "Okafor, D., & Lindqvist, P. (2022). Tokenization and the cost of multilingual text. Proceedings of the Workshop on Efficient NLP, 101-110.",
        ],
        Chinese: false);

    public static CrossFormatArticles BudgetsEn { get; } = new(
        "What Our Inference Bill Taught Us",
        "By Daniel Okafor, 2 May 2024",
        [
            "Last year our small research group spent more on model calls than on the servers that host our data. Nobody had planned it that way. The money leaked out through convenience: a script that summarised every new paper, a chatbot prototype left running over a holiday, and evaluation runs repeated because their results were never saved.",
            "We started by collecting every invoice from every provider into one spreadsheet and matching each line to a project. The exercise took two weeks and revealed that a third of the cost came from a single evaluation harness that sent the full context of each document with every question, even when the question concerned only the abstract.",
            "Tokens turned out to be the right unit for the conversation, but not for the decision. Tokens tell you how much text moved through a model; they do not tell you whether the result was worth having. We now attach a short note to each recurring job that states what the output is used for and who reads it, and jobs without a reader are switched off.",
            "Languages matter more than we expected. Our Chinese collaborators paid noticeably more per document than the English side of the group, because the tokenizers of the models we used split Han characters into many pieces. Choosing a model with a better vocabulary for Chinese reduced that part of the bill by almost half without any loss in quality that our reviewers could detect.",
            "The lasting change was cultural rather than technical. Every member of the group can now see the monthly spending per project, and proposals for new automated jobs include a cost estimate next to the expected benefit. We spend less, but we also argue less, because the numbers are on the table before anyone starts a run.",
        ],
        [
            "Okafor, D. (2024). Notes from a research computing budget. Research Software Quarterly, 3(1), 12-19.",
        ],
        Chinese: false);

    public static CrossFormatArticles MeteringZh { get; } = new(
        "词元之后：把每一次模型调用记在账上",
        "作者：林小雨，2024 年 3 月 14 日",
        [
            "每一次调用大语言模型都按词元计费，但大多数团队直到月底收到账单时才知道自己用了多少。那时昂贵的实验早已结束，浪费了成千上万个词元的提示词已经被复制到生产环境里，也没有人记得是哪一个功能造成了费用的突然上涨。",
            "解决办法并不复杂：先计数，再调用。一个与服务商一致的分词器可以在几微秒之内估算出提示词的长度，一份价格表再把这个估算换算成金额。把估算值和服务商返回的实际用量记录在一起，两者之间的差距就成了衡量应用是否理解自身行为的尺度。",
            "中文文本尤其需要注意。由于词表不同，一个汉字可能要占用一个甚至更多的词元，而意思相近的英文单词往往只需要零点几个词元。一个在英文里看起来很便宜的翻译流程，处理同样的中文文档时价格可能翻倍，账本应当按语言把这种差别清楚地显示出来。",
            "预算只有在工作开始之前执行才有意义。一批一万篇摘要的任务应当先显示预计费用，请用户确认，并在达到上限时干净地停下来，保留已经完成的全部结果。失败请求的重试不能对同一份输出重复收费，这意味着每一次尝试都需要一个在重启之后仍然有效的标识。",
            "最后，这些数字必须让付钱的人看得懂。一个列出每个服务商、每个模型和每种操作的面板，显示输入和输出的词元数、预计价格和实际价格以及剩余预算，能在问题被提出之前就回答大部分问题。采用这种做法的团队很少再遇到意外，更重要的是，他们对模型到底用来做什么有了更好的讨论。",
        ],
        [
            "林小雨. 小规模推理的计量方法[J]. 实用计算, 2023, 12(4): 55-71.",
            "王海, 陈静. 分词与多语言文本的成本[C]. 高效自然语言处理研讨会论文集, 2022: 101-110.",
        ],
        Chinese: true);

    public static CrossFormatArticles BudgetsZh { get; } = new(
        "推理账单教给我们的事",
        "作者：王海，2024 年 5 月 2 日",
        [
            "去年，我们这个小研究组花在模型调用上的钱比托管数据的服务器还多。没有人计划过这件事。钱是从各种便利之处悄悄流走的：一个自动总结每篇新论文的脚本，一个在假期里一直开着的聊天机器人原型，还有因为结果没有保存而一再重复的评测。",
            "我们先把所有服务商的发票收集到一张表格里，再把每一行对应到具体的项目。这项工作花了两个星期，结果发现三分之一的费用来自同一个评测程序：它在每个问题里都附上了整篇文档的上下文，哪怕问题只涉及摘要。",
            "事实证明，词元是讨论问题的合适单位，却不是做决定的合适单位。词元告诉你有多少文字经过了模型，却不能告诉你结果是否值得。现在我们给每一个定期运行的任务附上一段简短说明，写明输出用在哪里、由谁阅读，没有读者的任务一律关掉。",
            "语言的影响比我们预想的大。组里的中文合作者处理每篇文档的花费明显高于英文这一边，因为我们所用模型的分词器把汉字拆成了很多片段。换用一个中文词表更好的模型之后，这部分账单减少了将近一半，而审稿人没有发现任何质量上的损失。",
            "真正持久的改变是文化上的，而不是技术上的。现在组里每个人都能看到每个项目每月的开销，新的自动化任务的提案都会在预期收益旁边附上费用估算。我们花得更少了，争论也更少了，因为在任何人开始运行之前，数字已经摆在桌面上。",
        ],
        [
            "王海. 一个研究计算预算的笔记[J]. 研究软件季刊, 2024, 3(1): 12-19.",
        ],
        Chinese: true);
}
