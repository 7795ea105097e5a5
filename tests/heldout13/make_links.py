import json
P='1303_5eca99377ead682b'; R='1304_63eada191f701078'
gp=json.load(open(f'gold/{P}.json'))['records']; gr=json.load(open(f'gold/{R}.json'))['records']
def find(recs,text,st,n=0):
    c=[r for r in recs if r['text']==text and r['stance']==st]
    return c[n]
pairs=[('1500个','1620'),('600个','680个'),('4000人次','4350'),('16所','16所'),('1.2万个','1.25万'),('80处','86'),('60万人次','71.3万人次'),
('2000户','2000户'),('500张','468'),('92个','92个'),('2.6万户','2.61万户'),('100部','83部'),('4.2万人','4.57万人'),('3万人次','3.2万人次'),
('2800个','2860个'),('5万人','5.3万人'),('30处','30处'),('5000个','5360'),('25个','27个'),('32.8亿元','34.1亿元')]
out=[]
for a,b in pairs:
    t=find(gp,a,'target'); r=find(gr,b,'achieved')
    out.append({'target':{'doc_id':P,'start':t['start'],'end':t['end'],'text':t['text']},'result':{'doc_id':R,'start':r['start'],'end':r['end'],'text':r['text']}})
    print(a,t['indicator'],'->',b,r['indicator'])
json.dump({'pairs':out,'target_docs':[P],'result_docs':[R]},open('links.json','w'),ensure_ascii=False,indent=1)
print(len(out))
